package bg.omegasoft.learning.entity;

import bg.omegasoft.identity.entity.User;
import bg.omegasoft.shared.boundary.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A person's place in a session: a confirmed seat or a place on the waiting list. It keeps the
 * programme version it was made for, whatever is published later; attendance per day and completed
 * lessons give the progress.
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(
    name = Enrolment.FIND_BY_SESSION,
    query =
        "select e from Enrolment e where e.session.id = :sessionId order by e.requestedAt, e.id")
@NamedQuery(
    name = Enrolment.FIND_WAITING,
    query =
        "select e from Enrolment e where e.session.id = :sessionId and e.status ="
            + " bg.omegasoft.learning.entity.EnrolmentStatus.WAITLISTED order by e.requestedAt, e.id")
@NamedQuery(
    name = Enrolment.FIND_ACTIVE,
    query =
        "select e from Enrolment e where e.session.id = :sessionId and e.trainee.id = :traineeId"
            + " and e.status <> bg.omegasoft.learning.entity.EnrolmentStatus.CANCELLED")
@NamedQuery(
    name = Enrolment.FIND_BY_TRAINEE,
    query =
        "select e from Enrolment e where e.trainee.id = :traineeId order by e.session.firstDay desc")
@NamedQuery(
    name = Enrolment.FIND_BY_CLIENT,
    query =
        "select e from Enrolment e where e.trainee.clientId = :clientId order by e.session.firstDay desc")
@NamedQuery(name = Enrolment.FIND_ALL, query = "select e from Enrolment e order by e.id")
@NamedQuery(
    name = Enrolment.FIND_BY_TRAINER,
    query = "select e from Enrolment e where e.session.trainer.username = :trainer order by e.id")
public class Enrolment {

  public static final String FIND_ALL = "Enrolment.findAll";
  public static final String FIND_BY_TRAINER = "Enrolment.findByTrainer";

  public static final String FIND_BY_SESSION = "Enrolment.findBySession";
  public static final String FIND_WAITING = "Enrolment.findWaiting";
  public static final String FIND_ACTIVE = "Enrolment.findActive";
  public static final String FIND_BY_TRAINEE = "Enrolment.findByTrainee";
  public static final String FIND_BY_CLIENT = "Enrolment.findByClient";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "session_id")
  private TrainingSession session;

  @ManyToOne(optional = false)
  @JoinColumn(name = "trainee_id")
  private User trainee;

  @ManyToOne(optional = false)
  @JoinColumn(name = "version_id")
  private ProgrammeVersion programmeVersion;

  @Enumerated(EnumType.STRING)
  private EnrolmentStatus status;

  @Column(name = "requested_at")
  private Instant requestedAt;

  @Column(name = "enrolled_by")
  private String enrolledBy;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "cancelled_by")
  private String cancelledBy;

  @Column(name = "completed_at")
  private Instant completedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "attendance", joinColumns = @JoinColumn(name = "enrolment_id"))
  @MapKeyColumn(name = "day")
  @Column(name = "present")
  private Map<LocalDate, Boolean> attendance = new HashMap<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "lesson_completion", joinColumns = @JoinColumn(name = "enrolment_id"))
  private Set<Completion> completions = new HashSet<>();

  @Version private int version;

  protected Enrolment() {}

  /**
   * Enrols a person in a session whose row the caller holds locked: a free seat confirms at once,
   * otherwise the person goes on the waiting list.
   */
  public static Enrolment into(TrainingSession session, User trainee, String by, Instant now) {
    Enrolment enrolment = new Enrolment();
    enrolment.session = session;
    enrolment.trainee = trainee;
    enrolment.programmeVersion = session.getProgrammeVersion();
    enrolment.requestedAt = now;
    enrolment.enrolledBy = by;
    if (session.takeSeat()) {
      enrolment.confirm(now);
    } else {
      enrolment.status = EnrolmentStatus.WAITLISTED;
    }
    return enrolment;
  }

  void confirm(Instant now) {
    this.status = EnrolmentStatus.CONFIRMED;
    this.confirmedAt = now;
  }

  /** Moves up from the waiting list when the (locked) session has a free seat. */
  public boolean moveUp(Instant now) {
    if (status == EnrolmentStatus.WAITLISTED && session.takeSeat()) {
      confirm(now);
      return true;
    }
    return false;
  }

  /** Whether the enrolment may still be cancelled (see {@link #cancel}). */
  public boolean canCancel() {
    return status == EnrolmentStatus.CONFIRMED || status == EnrolmentStatus.WAITLISTED;
  }

  /** Cancels; a confirmed seat is given back to the session. */
  public void cancel(String by, Instant now) {
    if (status == EnrolmentStatus.CANCELLED || status == EnrolmentStatus.COMPLETED) {
      throw new SessionClosedException();
    }
    if (status == EnrolmentStatus.CONFIRMED) {
      session.releaseSeat();
    }
    this.status = EnrolmentStatus.CANCELLED;
    this.cancelledAt = now;
    this.cancelledBy = by;
  }

  /** Records whether the person was present on a day of the session. */
  public void recordAttendance(LocalDate day, boolean present) {
    if (status != EnrolmentStatus.CONFIRMED && status != EnrolmentStatus.COMPLETED) {
      throw new InvalidInputException("attendance", "attendance.notConfirmed");
    }
    if (!session.isDay(day)) {
      throw new InvalidInputException("attendance", "attendance.notASessionDay");
    }
    attendance.put(day, present);
  }

  /** Marks a lesson of the enrolment's own version as completed. */
  public void completeLesson(Lesson lesson, Instant now) {
    if (status != EnrolmentStatus.CONFIRMED && status != EnrolmentStatus.COMPLETED) {
      throw new InvalidInputException("lesson", "lesson.notEnrolled");
    }
    if (!lesson.getModule().getVersion().getId().equals(programmeVersion.getId())) {
      throw new InvalidInputException("lesson", "lesson.otherVersion");
    }
    completions.add(new Completion(lesson.getId(), now));
    if (status == EnrolmentStatus.CONFIRMED
        && completions.size() >= programmeVersion.getLessonCount()) {
      status = EnrolmentStatus.COMPLETED;
      completedAt = now;
    }
  }

  public boolean hasCompleted(Long lessonId) {
    return completions.stream().anyMatch(c -> c.getLessonId().equals(lessonId));
  }

  /** Completed lessons as a whole percentage of the version's lessons. */
  public int getProgressPercent() {
    int total = programmeVersion.getLessonCount();
    return total == 0 ? 0 : Math.min(100, completions.size() * 100 / total);
  }

  public int getCompletedLessons() {
    return completions.size();
  }

  public boolean isHoldingSeat() {
    return status == EnrolmentStatus.CONFIRMED || status == EnrolmentStatus.COMPLETED;
  }

  public Boolean presentOn(LocalDate day) {
    return attendance.get(day);
  }

  public Long getId() {
    return id;
  }

  public TrainingSession getSession() {
    return session;
  }

  public User getTrainee() {
    return trainee;
  }

  public ProgrammeVersion getProgrammeVersion() {
    return programmeVersion;
  }

  public EnrolmentStatus getStatus() {
    return status;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public String getEnrolledBy() {
    return enrolledBy;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public Map<LocalDate, Boolean> getAttendance() {
    return attendance;
  }
}
