package bg.omegasoft.pdm.view;

import bg.omegasoft.identity.boundary.MyAccount;
import bg.omegasoft.pdm.boundary.FileDownload;
import bg.omegasoft.pdm.boundary.SpaceFiles;
import bg.omegasoft.pdm.boundary.SpaceSummary;
import bg.omegasoft.pdm.boundary.Spaces;
import bg.omegasoft.pdm.entity.Folder;
import bg.omegasoft.pdm.entity.PdmFile;
import bg.omegasoft.shared.web.LanguageSelection;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * pdm/space.xhtml?client=: a space's files and folders; download and deletion. The upload form has
 * its own backing bean ({@link UploadBacking}).
 */
@Named
@ViewScoped
public class SpaceBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Spaces spaces;
  @EJB private SpaceFiles spaceFiles;
  @EJB private MyAccount myAccount;
  @Inject private LanguageSelection language;

  private Long clientId;
  private SpaceSummary space;
  private long myUserId;
  private List<Folder> folders;
  private List<PdmFile> files;
  private Long folderFilter;

  @Size(max = 100)
  private String newFolderName;

  /** f:viewAction: an unknown or foreign space shows "not found" and nothing else. */
  public void load() {
    ViewLanguage.apply(language);
    if (clientId == null) {
      return;
    }
    space = spaces.open(clientId);
    myUserId = myAccount.me().getId();
    refresh();
  }

  public void refresh() {
    folders = spaces.folders(clientId);
    files = spaceFiles.files(clientId, folderFilter);
  }

  /** Verified and recorded when clicked; the content streams as the response is written. */
  public StreamedContent download(long fileId) {
    FileDownload download = spaceFiles.download(fileId);
    return DefaultStreamedContent.builder()
        .name(download.name())
        .contentType(download.contentType())
        .contentLength(download.sizeBytes())
        .stream(
            () -> {
              try {
                return download.open();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }

  public void delete(long fileId) {
    spaceFiles.delete(fileId);
    Messages.info("pdm.file.deleted");
    refresh();
  }

  public void createFolder() {
    Folder folder = spaces.createFolder(clientId, newFolderName);
    Messages.info("pdm.folder.created", folder.getName());
    newFolderName = null;
    refresh();
  }

  public void deleteFolder() {
    spaces.deleteFolder(clientId, folderFilter);
    Messages.info("pdm.folder.deleted");
    folderFilter = null;
    refresh();
  }

  public boolean mayDelete(PdmFile file) {
    return space.access().mayDelete(file, myUserId);
  }

  public String folderName(Long folderId) {
    return folders.stream()
        .filter(f -> f.getId().equals(folderId))
        .map(Folder::getName)
        .findFirst()
        .orElse("");
  }

  public Long getClientId() {
    return clientId;
  }

  public void setClientId(Long clientId) {
    this.clientId = clientId;
  }

  public SpaceSummary getSpace() {
    return space;
  }

  public List<Folder> getFolders() {
    return folders;
  }

  public List<PdmFile> getFiles() {
    return files;
  }

  public Long getFolderFilter() {
    return folderFilter;
  }

  public void setFolderFilter(Long folderFilter) {
    this.folderFilter = folderFilter;
  }

  public String getNewFolderName() {
    return newFolderName;
  }

  public void setNewFolderName(String newFolderName) {
    this.newFolderName = newFolderName;
  }
}
