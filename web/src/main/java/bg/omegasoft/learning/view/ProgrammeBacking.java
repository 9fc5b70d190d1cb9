package bg.omegasoft.learning.view;

import bg.omegasoft.learning.boundary.Programmes;
import bg.omegasoft.learning.boundary.TrainingSessions;
import bg.omegasoft.learning.entity.Programme;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.learning.entity.TrainingSession;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * learning/programme.xhtml: a programme's versions (history), its draft, publishing the draft with
 * a reason, choosing two versions to compare, and its sessions.
 */
@Named
@ViewScoped
public class ProgrammeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Programmes programmes;
  @EJB private TrainingSessions sessions;

  private Long id;
  private Programme programme;
  private List<TrainingSession> runs;
  private List<ProgrammeVersion> newestFirst;
  private final PublicationForm form = new PublicationForm();

  public void load() {
    if (id == null) {
      throw new NotFoundException("Programme", "?");
    }
    programme = programmes.find(id);
    runs = sessions.ofProgramme(id);
    newestFirst = new java.util.ArrayList<>(programme.getVersions());
    java.util.Collections.reverse(newestFirst);
  }

  public void startDraft() throws IOException {
    ProgrammeVersion draft = programmes.startDraft(id);
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath() + "/learning/draft.xhtml?id=" + draft.getId());
  }

  public void publish() {
    ProgrammeVersion published = programmes.publish(id, form.toPublication());
    load();
    Messages.info("programme.publishedInfo", published.getNumber());
  }

  public boolean isFirstEdition() {
    return programme.draft().map(v -> v.getNumber() == 1).orElse(false);
  }

  public PublicationForm getForm() {
    return form;
  }

  public Programme getProgramme() {
    return programme;
  }

  /** For the comparison: the latest version first, so it is the one chosen unless changed. */
  public List<ProgrammeVersion> getVersionsNewestFirst() {
    return newestFirst;
  }

  public List<TrainingSession> getRuns() {
    return runs;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
