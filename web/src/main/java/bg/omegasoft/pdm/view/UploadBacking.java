package bg.omegasoft.pdm.view;

import bg.omegasoft.pdm.boundary.NewFile;
import bg.omegasoft.pdm.boundary.SpaceFiles;
import bg.omegasoft.pdm.entity.LegalBasis;
import bg.omegasoft.pdm.entity.PdmFile;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Locale;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The upload form of pdm/space.xhtml: why the file is shared (legal basis and purpose, required),
 * where it goes and for how long; each choice is kept as it is made, so the upload (which starts as
 * soon as a file is chosen) carries them.
 */
@Named
@ViewScoped
public class UploadBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SpaceFiles spaceFiles;
  @Inject private SpaceBacking space;

  private Long folderId;
  private LegalBasis legalBasis;

  @Size(max = 500)
  private String purpose;

  private Integer retentionDays;

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    try (InputStream content = file.getInputStream()) {
      PdmFile stored =
          spaceFiles.upload(
              new NewFile(
                  space.getClientId(),
                  folderId,
                  file.getFileName(),
                  legalBasis,
                  purpose,
                  retentionDays,
                  file.getSize()),
              content);
      Messages.info("pdm.upload.done", stored.getName(), stored.getSha256());
    } catch (IOException e) {
      Messages.error("pdm.upload.interrupted");
    }
    space.refresh();
  }

  /** Whether the required details are there, so a file may be chosen. */
  public boolean isReady() {
    return legalBasis != null && purpose != null && purpose.strip().length() >= 3;
  }

  public long getMaxBytes() {
    return spaceFiles.maxBytes();
  }

  public long getMaxMegabytes() {
    return (spaceFiles.maxBytes() + 1024 * 1024 - 1) / (1024 * 1024);
  }

  /** The allowed types for the browser's own check, e.g. {@code /(\.|\/)(pdf|csv)$/i}. */
  public String getAllowTypes() {
    return "/(\\.|\\/)("
        + spaceFiles.allowedTypes().stream()
            .map(t -> t.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""))
            .collect(Collectors.joining("|"))
        + ")$/i";
  }

  public String getAllowedTypesText() {
    return String.join(", ", spaceFiles.allowedTypes());
  }

  public LegalBasis[] getLegalBases() {
    return LegalBasis.values();
  }

  public Long getFolderId() {
    return folderId;
  }

  public void setFolderId(Long folderId) {
    this.folderId = folderId;
  }

  public LegalBasis getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(LegalBasis legalBasis) {
    this.legalBasis = legalBasis;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public Integer getRetentionDays() {
    return retentionDays;
  }

  public void setRetentionDays(Integer retentionDays) {
    this.retentionDays = retentionDays;
  }
}
