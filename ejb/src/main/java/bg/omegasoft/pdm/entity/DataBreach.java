package bg.omegasoft.pdm.entity;

import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.entity.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A personal-data breach (GDPR art. 33/34): what happened, whom and what it concerns, its likely
 * consequences and the measures taken, and whether and when the supervisory authority (КЗЛД) and
 * the data subjects were told. The authority must hear of it within 72 hours of detection; the
 * clock warns at 48 hours.
 */
@Entity
@Table(name = "data_breach")
@NamedQuery(
    name = DataBreach.FIND_ALL,
    query = "select b from DataBreach b order by b.detectedAt desc, b.id desc")
@NamedQuery(
    name = DataBreach.FIND_TO_WARN,
    query =
        "select b from DataBreach b where b.authorityNotifiedAt is null and b.warnedAt is null"
            + " and b.detectedAt <= :before order by b.id")
public class DataBreach {

  public static final String FIND_ALL = "DataBreach.findAll";
  public static final String FIND_TO_WARN = "DataBreach.findToWarn";
  public static final Duration DEADLINE = Duration.ofHours(72);
  public static final Duration WARNING = Duration.ofHours(48);

  /** Where the 72-hour clock stands. */
  public enum Clock {
    RUNNING,
    WARNING,
    LATE,
    NOTIFIED;

    public String messageKey() {
      return "pdm.breach.clock." + name();
    }
  }

  /** What is known of a breach. */
  public record Facts(
      Instant detectedAt,
      String description,
      String subjectCategories,
      Integer subjectsApprox,
      String dataCategories,
      Integer recordsApprox,
      String consequences,
      String measures) {}

  /** Whom the breach was told: the authority and the subjects, with the reasons of a delay. */
  public record Notification(
      Instant authorityNotifiedAt, String delayReasons, Instant subjectsInformedAt) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "detected_at", nullable = false)
  private Instant detectedAt;

  @Column(nullable = false, length = 2000)
  private String description;

  @Column(name = "subject_categories", nullable = false, length = 500)
  private String subjectCategories;

  @Column(name = "subjects_approx")
  private Integer subjectsApprox;

  @Column(name = "data_categories", nullable = false, length = 500)
  private String dataCategories;

  @Column(name = "records_approx")
  private Integer recordsApprox;

  @Column(length = 2000)
  private String consequences;

  @Column(length = 2000)
  private String measures;

  @Column(name = "authority_notified_at")
  private Instant authorityNotifiedAt;

  @Column(name = "delay_reasons", length = 2000)
  private String delayReasons;

  @Column(name = "subjects_informed_at")
  private Instant subjectsInformedAt;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "warned_at")
  private Instant warnedAt;

  @Version private int version;

  protected DataBreach() {}

  public DataBreach(Facts facts, String by, Instant now) {
    this.recordedAt = now;
    this.recordedBy = by;
    describe(facts, now);
  }

  /** Replaces what is known; detection cannot lie in the future. */
  public void describe(Facts facts, Instant now) {
    if (facts.detectedAt() == null || facts.detectedAt().isAfter(now)) {
      throw new InvalidInputException("detectedAt", "pdm.breach.detectedAt.invalid");
    }
    if (negative(facts.subjectsApprox()) || negative(facts.recordsApprox())) {
      throw new InvalidInputException("subjectsApprox", "pdm.breach.approx.invalid");
    }
    this.detectedAt = facts.detectedAt();
    this.description = required(facts.description(), 2000, "description");
    this.subjectCategories = required(facts.subjectCategories(), 500, "subjectCategories");
    this.dataCategories = required(facts.dataCategories(), 500, "dataCategories");
    this.subjectsApprox = facts.subjectsApprox();
    this.recordsApprox = facts.recordsApprox();
    this.consequences = optional(facts.consequences(), 2000);
    this.measures = optional(facts.measures(), 2000);
  }

  /**
   * Records whom the breach was told. A notification after the deadline needs the reasons of the
   * delay (art. 33(1)); neither moment may precede detection or lie in the future.
   */
  public void notify(Notification told, Instant now) {
    for (Instant at : new Instant[] {told.authorityNotifiedAt(), told.subjectsInformedAt()}) {
      if (at != null && (at.isBefore(detectedAt) || at.isAfter(now))) {
        throw new InvalidInputException("authorityNotifiedAt", "pdm.breach.notifiedAt.invalid");
      }
    }
    String reasons = optional(told.delayReasons(), 2000);
    if (told.authorityNotifiedAt() != null
        && told.authorityNotifiedAt().isAfter(dueAt())
        && reasons == null) {
      throw new InvalidInputException("delayReasons", "pdm.breach.delayReasons.required");
    }
    this.authorityNotifiedAt = told.authorityNotifiedAt();
    this.delayReasons = reasons;
    this.subjectsInformedAt = told.subjectsInformedAt();
  }

  /** When the authority must have heard of it: 72 hours after detection. */
  public Instant dueAt() {
    return detectedAt.plus(DEADLINE);
  }

  public Clock clockAt(Instant now) {
    if (authorityNotifiedAt != null) {
      return Clock.NOTIFIED;
    }
    if (!now.isBefore(dueAt())) {
      return Clock.LATE;
    }
    return now.isBefore(detectedAt.plus(WARNING)) ? Clock.RUNNING : Clock.WARNING;
  }

  /** Whether the 48-hour warning is due and not yet given. */
  public boolean needsWarningAt(Instant now) {
    return authorityNotifiedAt == null
        && warnedAt == null
        && !now.isBefore(detectedAt.plus(WARNING));
  }

  public void warned(Instant now) {
    this.warnedAt = now;
  }

  private static boolean negative(Integer n) {
    return n != null && n < 0;
  }

  private static String required(String text, int max, String field) {
    String t = optional(text, max);
    if (t == null) {
      throw new InvalidInputException(field, "pdm.breach." + field + ".required");
    }
    return t;
  }

  private static String optional(String text, int max) {
    String t = text == null ? null : PlainText.text(text).strip();
    if (t == null || t.isEmpty()) {
      return null;
    }
    return t.length() <= max ? t : t.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Instant getDetectedAt() {
    return detectedAt;
  }

  public String getDescription() {
    return description;
  }

  public String getSubjectCategories() {
    return subjectCategories;
  }

  public Integer getSubjectsApprox() {
    return subjectsApprox;
  }

  public String getDataCategories() {
    return dataCategories;
  }

  public Integer getRecordsApprox() {
    return recordsApprox;
  }

  public String getConsequences() {
    return consequences;
  }

  public String getMeasures() {
    return measures;
  }

  public Instant getAuthorityNotifiedAt() {
    return authorityNotifiedAt;
  }

  public String getDelayReasons() {
    return delayReasons;
  }

  public Instant getSubjectsInformedAt() {
    return subjectsInformedAt;
  }

  public Instant getWarnedAt() {
    return warnedAt;
  }

  public int getVersion() {
    return version;
  }
}
