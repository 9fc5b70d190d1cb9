package bg.omegasoft.learning.view;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.learning.boundary.Enrolments;
import bg.omegasoft.learning.boundary.TrainingSessions;
import bg.omegasoft.learning.entity.Enrolment;
import bg.omegasoft.learning.entity.EnrolmentStatus;
import bg.omegasoft.learning.entity.TrainingSession;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * learning/sessions.xhtml: the sessions ahead; a trainee enrols, a client administrator enrols
 * staff of the company; either learns at once whether the seat is confirmed or waiting.
 */
@Named
@ViewScoped
public class SessionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private TrainingSessions sessions;
  @EJB private Enrolments enrolments;

  private List<TrainingSession> upcoming;
  private List<User> staff = List.of();
  private Long staffId;

  @PostConstruct
  void load() {
    upcoming = sessions.upcoming();
    if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.CLIENT_ADMIN)) {
      staff = enrolments.myStaff();
    }
  }

  public void enrolMe(long sessionId) {
    report(enrolments.enrolMe(sessionId));
  }

  public void enrolStaff(long sessionId) {
    if (staffId == null) {
      Messages.error("sessions.chooseStaff");
      return;
    }
    report(enrolments.enrolPerson(sessionId, staffId));
  }

  private void report(Enrolment enrolment) {
    load();
    Messages.info(
        enrolment.getStatus() == EnrolmentStatus.CONFIRMED
            ? "enrolment.confirmed"
            : "enrolment.waitlisted",
        enrolment.getTrainee().getFullName());
  }

  public List<TrainingSession> getUpcoming() {
    return upcoming;
  }

  public List<User> getStaff() {
    return staff;
  }

  public Long getStaffId() {
    return staffId;
  }

  public void setStaffId(Long staffId) {
    this.staffId = staffId;
  }
}
