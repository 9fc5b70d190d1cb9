package bg.omegasoft.servicedesk.entity;

import bg.omegasoft.identity.entity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A consultant on express duty from one moment to another (an evening, a weekend, a holiday): an
 * express request may be booked to them at any hour inside the shift. One person's shifts never
 * overlap.
 */
@Entity
@Table(name = "express_duty_shift")
@NamedQuery(
    name = DutyShift.FIND_BETWEEN,
    query =
        "select s from DutyShift s where s.startsAt < :to and s.endsAt > :from"
            + " order by s.startsAt, s.consultant.fullName")
@NamedQuery(
    name = DutyShift.FIND_OF_CONSULTANT_BETWEEN,
    query =
        "select s from DutyShift s where s.consultant.id = :consultant"
            + " and s.startsAt < :to and s.endsAt > :from order by s.startsAt")
public class DutyShift {

  public static final String FIND_BETWEEN = "DutyShift.findBetween";
  public static final String FIND_OF_CONSULTANT_BETWEEN = "DutyShift.findOfConsultantBetween";

  /** The longest shift that may be planned at once (a long holiday weekend fits). */
  public static final Duration LONGEST = Duration.ofDays(7);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "consultant_id")
  private User consultant;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "planned_by", nullable = false, length = 100)
  private String plannedBy;

  @Column(name = "planned_at", nullable = false)
  private Instant plannedAt;

  protected DutyShift() {}

  /**
   * A shift as planned: it must end after it starts, not be over already, last at most {@link
   * #LONGEST}, and overlap none of the consultant's shifts given.
   */
  public DutyShift(
      User consultant,
      Instant startsAt,
      Instant endsAt,
      List<DutyShift> consultantsShifts,
      Instant now,
      String plannedBy) {
    check(startsAt, endsAt, now);
    for (DutyShift other : consultantsShifts) {
      if (other.overlaps(startsAt, endsAt)) {
        throw new RequestRuleException("sd.duty.rule.overlap");
      }
    }
    this.consultant = consultant;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.plannedAt = now;
    this.plannedBy = Text.clip(plannedBy, 100);
  }

  /** The period rules of a shift on their own. */
  static void check(Instant startsAt, Instant endsAt, Instant now) {
    if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
      throw new RequestRuleException("sd.duty.rule.period");
    }
    if (!endsAt.isAfter(now)) {
      throw new RequestRuleException("sd.duty.rule.past");
    }
    if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
      throw new RequestRuleException("sd.duty.rule.tooLong", LONGEST.toDays());
    }
  }

  /** Whether the shift shares any moment with the period (touching ends do not count). */
  public boolean overlaps(Instant from, Instant to) {
    return startsAt.isBefore(to) && endsAt.isAfter(from);
  }

  /** Whether the whole period lies inside the shift. */
  public boolean covers(Instant from, Instant to) {
    return !startsAt.isAfter(from) && !endsAt.isBefore(to);
  }

  /** Whether a shift that is over may still be removed: no, it is the record of who was on duty. */
  public boolean isRemovable(Instant now) {
    return endsAt.isAfter(now);
  }

  public Long getId() {
    return id;
  }

  public User getConsultant() {
    return consultant;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public String getPlannedBy() {
    return plannedBy;
  }

  public Instant getPlannedAt() {
    return plannedAt;
  }
}
