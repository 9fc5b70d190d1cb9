package bg.omegasoft.organisation.entity;

import bg.omegasoft.shared.entity.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A day the government declares: an extra day off (e.g. a bridge day before a holiday) or a
 * Saturday that is a working day in its place. Kept as data, entered by an ADMIN.
 */
@Entity
@Table(name = "declared_day")
@NamedQuery(
    name = DeclaredDay.FIND_BETWEEN,
    query = "select d from DeclaredDay d where d.day between :from and :to order by d.day")
public class DeclaredDay {

  public static final String FIND_BETWEEN = "DeclaredDay.findBetween";
  public static final int REASON_MAX = 200;

  /** What the government declared for the day. */
  public enum Kind {
    DAY_OFF,
    WORKING_DAY;

    public String messageKey() {
      return "cal.kind." + name();
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "day_date", nullable = false, unique = true)
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;

  @Column(name = "reason_bg", nullable = false, length = REASON_MAX)
  private String reasonBg;

  @Column(name = "reason_en", nullable = false, length = REASON_MAX)
  private String reasonEn;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected DeclaredDay() {}

  /**
   * A declared day; refused without a date, a kind and both reasons, or a working day that is not a
   * Saturday or Sunday.
   */
  public DeclaredDay(
      LocalDate day, Kind kind, String reasonBg, String reasonEn, String by, Instant at) {
    if (day == null) {
      throw new CalendarRuleException("cal.rule.dayRequired");
    }
    if (kind == null) {
      throw new CalendarRuleException("cal.rule.kindRequired");
    }
    if (blank(reasonBg) || blank(reasonEn)) {
      throw new CalendarRuleException("cal.rule.reasonRequired");
    }
    if (reasonBg.strip().length() > REASON_MAX || reasonEn.strip().length() > REASON_MAX) {
      throw new CalendarRuleException("cal.rule.reasonTooLong", REASON_MAX);
    }
    if (kind == Kind.WORKING_DAY && !PublicHoliday.isWeekend(day)) {
      throw new CalendarRuleException("cal.rule.workingDayWeekend");
    }
    this.day = day;
    this.kind = kind;
    this.reasonBg = PlainText.line(reasonBg).strip();
    this.reasonEn = PlainText.line(reasonEn).strip();
    this.recordedBy = by;
    this.recordedAt = at;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public boolean isDayOff() {
    return kind == Kind.DAY_OFF;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getDay() {
    return day;
  }

  public Kind getKind() {
    return kind;
  }

  public String getReasonBg() {
    return reasonBg;
  }

  public String getReasonEn() {
    return reasonEn;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
