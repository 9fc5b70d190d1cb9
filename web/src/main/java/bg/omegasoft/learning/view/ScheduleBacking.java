package bg.omegasoft.learning.view;

import bg.omegasoft.identity.entity.User;
import bg.omegasoft.learning.boundary.Programmes;
import bg.omegasoft.learning.boundary.TrainingSessions;
import bg.omegasoft.learning.entity.Programme;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.learning.entity.SessionFormat;
import bg.omegasoft.learning.entity.TrainingSession;
import bg.omegasoft.learning.entity.TrainingSession.SessionPlan;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
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
  private List<User> trainers;
  private Long versionId;
  private LocalDate firstDay;
  private LocalDate lastDay;
  private LocalTime dailyStart = LocalTime.of(9, 30);
  private LocalTime dailyEnd = LocalTime.of(17, 0);
  private SessionFormat format = SessionFormat.ONLINE;
  private String venue;
  private int capacity = 12;
  private Long trainerId;

  public void load() {
    if (programmeId == null) {
      throw new NotFoundException("Programme", "?");
    }
    programme = programmes.find(programmeId);
    trainers = sessions.trainers();
    versionId = programme.current().map(ProgrammeVersion::getId).orElse(null);
  }

  public void schedule() throws IOException {
    TrainingSession created =
        sessions.schedule(
            versionId == null ? -1 : versionId,
            new SessionPlan(firstDay, lastDay, dailyStart, dailyEnd, format, venue, capacity),
            trainerId == null ? -1 : trainerId);
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath() + "/learning/session.xhtml?id=" + created.getId());
  }

  public List<ProgrammeVersion> getVersions() {
    return programme.getVersions().stream().filter(v -> !v.isDraft()).toList();
  }

  public SessionFormat[] getFormats() {
    return SessionFormat.values();
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

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public void setFirstDay(LocalDate firstDay) {
    this.firstDay = firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public void setLastDay(LocalDate lastDay) {
    this.lastDay = lastDay;
  }

  public LocalTime getDailyStart() {
    return dailyStart;
  }

  public void setDailyStart(LocalTime dailyStart) {
    this.dailyStart = dailyStart;
  }

  public LocalTime getDailyEnd() {
    return dailyEnd;
  }

  public void setDailyEnd(LocalTime dailyEnd) {
    this.dailyEnd = dailyEnd;
  }

  public SessionFormat getFormat() {
    return format;
  }

  public void setFormat(SessionFormat format) {
    this.format = format;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public int getCapacity() {
    return capacity;
  }

  public void setCapacity(int capacity) {
    this.capacity = capacity;
  }

  public Long getTrainerId() {
    return trainerId;
  }

  public void setTrainerId(Long trainerId) {
    this.trainerId = trainerId;
  }
}
