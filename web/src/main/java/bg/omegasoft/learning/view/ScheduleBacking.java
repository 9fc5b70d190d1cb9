package bg.omegasoft.learning.view;

import bg.omegasoft.identity.entity.User;
import bg.omegasoft.learning.boundary.Programmes;
import bg.omegasoft.learning.boundary.TrainingSessions;
import bg.omegasoft.learning.entity.Programme;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.learning.entity.TrainingSession;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** learning/session-new.xhtml: scheduling a run of a published version of a programme. */
@Named
@ViewScoped
public class ScheduleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Programmes programmes;
  @EJB private TrainingSessions sessions;

  private Long programmeId;
  private Programme programme;
  private List<ProgrammeVersion> versions;
  private List<User> trainers;
  private Long versionId;
  private Long trainerId;
  private final SessionForm form = new SessionForm();

  public void load() {
    if (programmeId == null) {
      throw new NotFoundException("Programme", "?");
    }
    programme = programmes.find(programmeId);
    versions = programme.getVersions().stream().filter(v -> !v.isDraft()).toList();
    trainers = sessions.trainers();
    versionId = programme.current().map(ProgrammeVersion::getId).orElse(null);
  }

  public void schedule() throws IOException {
    TrainingSession created =
        sessions.schedule(
            versionId == null ? -1 : versionId, form.toPlan(), trainerId == null ? -1 : trainerId);
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath() + "/learning/session.xhtml?id=" + created.getId());
  }

  public SessionForm getForm() {
    return form;
  }

  public List<ProgrammeVersion> getVersions() {
    return versions;
  }

  public Programme getProgramme() {
    return programme;
  }

  public List<User> getTrainers() {
    return trainers;
  }

  public Long getProgrammeId() {
    return programmeId;
  }

  public void setProgrammeId(Long programmeId) {
    this.programmeId = programmeId;
  }

  public Long getVersionId() {
    return versionId;
  }

  public void setVersionId(Long versionId) {
    this.versionId = versionId;
  }

  public Long getTrainerId() {
    return trainerId;
  }

  public void setTrainerId(Long trainerId) {
    this.trainerId = trainerId;
  }
}
