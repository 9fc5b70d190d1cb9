package bg.omegasoft.organisation.entity;

import bg.omegasoft.identity.entity.User;
import bg.omegasoft.shared.entity.PlainText;
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
import java.time.Instant;
import java.time.LocalDate;

/** A consultant away from one day to another (both included): leave, sickness or another reason. */
@Entity
@Table(name = "consultant_absence")
@NamedQuery(
    name = Absence.FIND_OVERLAPPING,
    query =
        "select a from Absence a where a.consultant.id = :consultant"
            + " and a.firstDay <= :last and a.lastDay >= :first order by a.firstDay")
@NamedQuery(
    name = Absence.FIND_FROM,
    query = "select a from Absence a where a.lastDay >= :from order by a.firstDay, a.id")
public class Absence {

  public static final String FIND_OVERLAPPING = "Absence.findOverlapping";
  public static final String FIND_FROM = "Absence.findFrom";
  public static final int NOTE_MAX = 200;

  /** Why a consultant is away. */
  public enum Kind {
    LEAVE,
    SICKNESS,
    OTHER;

    public String messageKey() {
      return "cal.absence." + name();
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "consultant_id")
  private User consultant;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;

  @Column(name = "first_day", nullable = false)
  private LocalDate firstDay;

  @Column(name = "last_day", nullable = false)
  private LocalDate lastDay;

  @Column(length = NOTE_MAX)
  private String note;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Absence() {}

  /** An absence; refused without a consultant, a kind, or days in order. */
  public Absence(
      User consultant,
      Kind kind,
      LocalDate firstDay,
      LocalDate lastDay,
      String note,
      String by,
      Instant at) {
    if (consultant == null) {
      throw new CalendarRuleException("cal.rule.consultantRequired");
    }
    if (kind == null) {
      throw new CalendarRuleException("cal.rule.kindRequired");
    }
    if (firstDay == null || lastDay == null || lastDay.isBefore(firstDay)) {
      throw new CalendarRuleException("cal.rule.absenceDays");
    }
    String cleaned = note == null || note.isBlank() ? null : PlainText.line(note).strip();
    if (cleaned != null && cleaned.length() > NOTE_MAX) {
      throw new CalendarRuleException("cal.rule.reasonTooLong", NOTE_MAX);
    }
    this.consultant = consultant;
    this.kind = kind;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.note = cleaned;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }

  public Long getId() {
    return id;
  }

  public User getConsultant() {
    return consultant;
  }

  public Kind getKind() {
    return kind;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public String getNote() {
    return note;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
