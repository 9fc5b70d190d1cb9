package bg.omegasoft.learning.view;

import bg.omegasoft.learning.boundary.Enrolments;
import bg.omegasoft.learning.boundary.TrainingSessions;
import bg.omegasoft.learning.entity.Enrolment;
import bg.omegasoft.learning.entity.TrainingSession;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * learning/session.xhtml: a session for its trainer: seats, enrolments and waiting list, attendance
 * per day, cancelling an enrolment or the whole session.
 */
@Named
@ViewScoped
public class SessionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private TrainingSessions sessions;
  @EJB private Enrolments enrolments;

  private Long id;
  private TrainingSession session;
  private List<Enrolment> people;

  @Size(max = 500)
  private String cancelReason;

  public void load() {
    if (id == null) {
      throw new NotFoundException("TrainingSession", "?");
    }
    session = sessions.find(id);
    people = sessions.enrolments(id);
  }

  public void attendance(long enrolmentId, LocalDate day, boolean present) {
    sessions.recordAttendance(enrolmentId, day, present);
    load();
  }

  public void cancelEnrolment(long enrolmentId) {
    enrolments.cancel(enrolmentId);
    load();
    Messages.info("enrolment.cancelled");
  }

  public void cancelSession() {
    sessions.cancel(id, cancelReason);
    load();
    Messages.info("session.cancelledInfo");
  }

  public TrainingSession getSession() {
    return session;
  }

  public List<Enrolment> getPeople() {
    return people;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }
}
