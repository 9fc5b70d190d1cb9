package bg.omegasoft.learning.entity;

import bg.omegasoft.identity.entity.User;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A run of one programme version: days and daily hours in Europe/Sofia, format and venue, trainer,
 * capacity. Confirmed seats never exceed the capacity (the database checks it too).
 */
@Entity
@Table(name = "training_session")
@NamedQuery(
    name = TrainingSession.FIND_UPCOMING,
    query =
        "select s from TrainingSession s where s.lastDay >= :today order by s.firstDay, s.dailyStart")
@NamedQuery(
    name = TrainingSession.FIND_BY_PROGRAMME,
    query =
        "select s from TrainingSession s where s.programmeVersion.programme.id = :programmeId"
            + " order by s.firstDay desc")
@NamedQuery(
    name = TrainingSession.FIND_OF_TRAINER_BETWEEN,
    query =
        "select s from TrainingSession s where s.trainer.id = :trainer and s.status = :planned"
            + " and s.firstDay <= :last and s.lastDay >= :first order by s.firstDay")
public class TrainingSession {

  public static final String FIND_UPCOMING = "TrainingSession.findUpcoming";
  public static final String FIND_OF_TRAINER_BETWEEN = "TrainingSession.findOfTrainerBetween";
  public static final String FIND_BY_PROGRAMME = "TrainingSession.findByProgramme";
  static final int MAX_DAYS = 20;
  static final int MAX_CAPACITY = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "version_id")
  private ProgrammeVersion programmeVersion;

  @Column(name = "first_day")
  private LocalDate firstDay;

  @Column(name = "last_day")
  private LocalDate lastDay;

  @Column(name = "daily_start")
  private LocalTime dailyStart;

  @Column(name = "daily_end")
  private LocalTime dailyEnd;

  @Enumerated(EnumType.STRING)
  private SessionFormat format;

  private String venue;

  @ManyToOne(optional = false)
  @JoinColumn(name = "trainer_id")
  private User trainer;

  private int capacity;

  @Column(name = "seats_taken")
  private int seatsTaken;

  @Enumerated(EnumType.STRING)
  private SessionStatus status;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "cancel_reason")
  private String cancelReason;

  @Version private int version;

  protected TrainingSession() {}

  /** Plans a session, checking days, times, venue and capacity. */
  public TrainingSession(SessionPlan plan, ProgrammeVersion programmeVersion, User trainer) {
    plan.check();
    this.programmeVersion = programmeVersion;
    this.trainer = trainer;
    this.firstDay = plan.firstDay();
    this.lastDay = plan.lastDay();
    this.dailyStart = plan.dailyStart();
    this.dailyEnd = plan.dailyEnd();
    this.format = plan.format();
    this.venue = plan.venue().strip();
    this.capacity = plan.capacity();
    this.status = SessionStatus.PLANNED;
  }

  public void recordCreation(String who, Instant now) {
    this.createdBy = who;
    this.createdAt = now;
  }

  /** What is needed to plan a session. */
  public record SessionPlan(
      LocalDate firstDay,
      LocalDate lastDay,
      LocalTime dailyStart,
      LocalTime dailyEnd,
      SessionFormat format,
      String venue,
      int capacity) {

    /** Checks the plan; the first day must not be in the past (Europe/Sofia). */
    public void check() {
      if (firstDay == null) {
        throw new InvalidInputException("firstDay", "session.firstDayRequired");
      }
      if (firstDay.isBefore(LocalDate.now(SofiaTime.ZONE))) {
        throw new InvalidInputException("firstDay", "session.firstDayPast");
      }
      if (lastDay == null
          || lastDay.isBefore(firstDay)
          || lastDay.isAfter(firstDay.plusDays(MAX_DAYS))) {
        throw new InvalidInputException("lastDay", "session.lastDayRange");
      }
      if (dailyStart == null || dailyEnd == null || !dailyEnd.isAfter(dailyStart)) {
        throw new InvalidInputException("dailyEnd", "session.timesInvalid");
      }
      if (format == null) {
        throw new InvalidInputException("format", "session.formatRequired");
      }
      if (venue == null || venue.isBlank() || venue.strip().length() > 300) {
        throw new InvalidInputException("venue", "session.venueRequired");
      }
      if (capacity < 1 || capacity > MAX_CAPACITY) {
        throw new InvalidInputException("capacity", "session.capacityRange");
      }
    }
  }

  /** Refuses changes and enrolments unless the session is planned and not over. */
  public void requireOpen(LocalDate today) {
    if (status != SessionStatus.PLANNED || lastDay.isBefore(today)) {
      throw new SessionClosedException();
    }
  }

  /** Takes a seat if one is free; answers whether it did. Call with the session row locked. */
  public boolean takeSeat() {
    if (seatsTaken >= capacity) {
      return false;
    }
    seatsTaken++;
    return true;
  }

  public void releaseSeat() {
    if (seatsTaken > 0) {
      seatsTaken--;
    }
  }

  /**
   * Moves a planned classroom or on-site session online (the remote-only policy was switched on
   * after it was planned): same days and hours, the venue becomes where it is held online.
   */
  public void moveOnline(String onlineVenue, LocalDate today) {
    if (!isInPersonAhead(today)) {
      throw new SessionClosedException();
    }
    if (onlineVenue == null || onlineVenue.isBlank() || onlineVenue.strip().length() > 300) {
      throw new InvalidInputException("venue", "session.venueRequired");
    }
    this.format = SessionFormat.ONLINE;
    this.venue = onlineVenue.strip();
  }

  /** Whether this is a planned session in a classroom or at the client that has not begun. */
  public boolean isInPersonAhead(LocalDate today) {
    return status == SessionStatus.PLANNED && !format.isRemote() && firstDay.isAfter(today);
  }

  public void cancel(String reason, Instant now) {
    if (status != SessionStatus.PLANNED) {
      throw new SessionClosedException();
    }
    if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
      throw new InvalidInputException("cancelReason", "session.cancelReasonRequired");
    }
    this.status = SessionStatus.CANCELLED;
    this.cancelReason = reason.strip();
    this.cancelledAt = now;
    this.seatsTaken = 0;
  }

  public void complete() {
    if (status == SessionStatus.PLANNED) {
      status = SessionStatus.COMPLETED;
    }
  }

  /** The calendar days of the session. */
  public List<LocalDate> getDays() {
    return firstDay.datesUntil(lastDay.plusDays(1)).toList();
  }

  /** Whether the session's daily hours on one of its days overlap the time between the moments. */
  public boolean isBusyBetween(Instant start, Instant end) {
    for (LocalDate day : getDays()) {
      Instant from = day.atTime(dailyStart).atZone(SofiaTime.ZONE).toInstant();
      Instant to = day.atTime(dailyEnd).atZone(SofiaTime.ZONE).toInstant();
      if (from.isBefore(end) && start.isBefore(to)) {
        return true;
      }
    }
    return false;
  }

  public boolean isDay(LocalDate day) {
    return !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }

  /** The start as a moment with the Sofia offset, for the API and calendars. */
  public OffsetDateTime getStartsAt() {
    return firstDay.atTime(dailyStart).atZone(SofiaTime.ZONE).toOffsetDateTime();
  }

  public OffsetDateTime getEndsAt() {
    return lastDay.atTime(dailyEnd).atZone(SofiaTime.ZONE).toOffsetDateTime();
  }

  public int getFreeSeats() {
    return Math.max(0, capacity - seatsTaken);
  }

  public boolean isPlanned() {
    return status == SessionStatus.PLANNED;
  }

  public Long getId() {
    return id;
  }

  public ProgrammeVersion getProgrammeVersion() {
    return programmeVersion;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public LocalTime getDailyStart() {
    return dailyStart;
  }

  public LocalTime getDailyEnd() {
    return dailyEnd;
  }

  public SessionFormat getFormat() {
    return format;
  }

  public String getVenue() {
    return venue;
  }

  public User getTrainer() {
    return trainer;
  }

  public int getCapacity() {
    return capacity;
  }

  public int getSeatsTaken() {
    return seatsTaken;
  }

  public SessionStatus getStatus() {
    return status;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public String getCancelReason() {
    return cancelReason;
  }
}
