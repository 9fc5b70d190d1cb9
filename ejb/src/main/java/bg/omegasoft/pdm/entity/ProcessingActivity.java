package bg.omegasoft.pdm.entity;

import bg.omegasoft.shared.boundary.InvalidInputException;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * One processing activity of the vendor's register (GDPR art. 30(1)), in Bulgarian and English:
 * name, purpose, legal basis, categories of data subjects and of data, recipients, transfers
 * outside the EU, retention, security measures, and whether the vendor is the controller or a
 * processor for its clients.
 */
@Entity
@Table(name = "processing_activity")
@NamedQuery(
    name = ProcessingActivity.FIND_ALL,
    query = "select a from ProcessingActivity a order by a.position, a.id")
public class ProcessingActivity {

  public static final String FIND_ALL = "ProcessingActivity.findAll";

  /** The vendor's role in the activity. */
  public enum Role {
    CONTROLLER,
    PROCESSOR;

    public String messageKey() {
      return "pdm.register.role." + name();
    }
  }

  /** The texts of an activity in one language. */
  public record Texts(
      String name,
      String purpose,
      String subjects,
      String data,
      String recipients,
      String transfers,
      String retention,
      String security) {

    public Texts {
      name = clip(PlainText.line(name), 200);
      purpose = clip(PlainText.text(purpose), 1000);
      subjects = clip(PlainText.text(subjects), 500);
      data = clip(PlainText.text(data), 1000);
      recipients = clip(PlainText.text(recipients), 500);
      transfers = clip(PlainText.text(transfers), 500);
      retention = clip(PlainText.text(retention), 500);
      security = clip(PlainText.text(security), 1000);
    }

    /** Whether every field has some text. */
    public boolean complete() {
      return java.util.stream.Stream.of(
              name, purpose, subjects, data, recipients, transfers, retention, security)
          .allMatch(t -> t != null && !t.isBlank());
    }

    private static String clip(String text, int max) {
      return text == null || text.length() <= max ? text : text.substring(0, max);
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Role role;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_basis", nullable = false, length = 30)
  private LegalBasis legalBasis;

  @Column(name = "name_bg")
  private String nameBg;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "purpose_bg")
  private String purposeBg;

  @Column(name = "purpose_en")
  private String purposeEn;

  @Column(name = "subjects_bg")
  private String subjectsBg;

  @Column(name = "subjects_en")
  private String subjectsEn;

  @Column(name = "data_bg")
  private String dataBg;

  @Column(name = "data_en")
  private String dataEn;

  @Column(name = "recipients_bg")
  private String recipientsBg;

  @Column(name = "recipients_en")
  private String recipientsEn;

  @Column(name = "transfers_bg")
  private String transfersBg;

  @Column(name = "transfers_en")
  private String transfersEn;

  @Column(name = "retention_bg")
  private String retentionBg;

  @Column(name = "retention_en")
  private String retentionEn;

  @Column(name = "security_bg")
  private String securityBg;

  @Column(name = "security_en")
  private String securityEn;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Version private int version;

  protected ProcessingActivity() {}

  public ProcessingActivity(String code, int position) {
    this.code = code;
    this.position = position;
  }

  /** Replaces what the activity says; both languages must be complete. */
  public void describe(
      Role role, LegalBasis legalBasis, Texts bg, Texts en, String by, Instant now) {
    if (role == null || legalBasis == null || !bg.complete() || !en.complete()) {
      throw new InvalidInputException("activity", "pdm.register.incomplete");
    }
    this.role = role;
    this.legalBasis = legalBasis;
    nameBg = bg.name();
    purposeBg = bg.purpose();
    subjectsBg = bg.subjects();
    dataBg = bg.data();
    recipientsBg = bg.recipients();
    transfersBg = bg.transfers();
    retentionBg = bg.retention();
    securityBg = bg.security();
    nameEn = en.name();
    purposeEn = en.purpose();
    subjectsEn = en.subjects();
    dataEn = en.data();
    recipientsEn = en.recipients();
    transfersEn = en.transfers();
    retentionEn = en.retention();
    securityEn = en.security();
    updatedBy = by;
    updatedAt = now;
  }

  /** The texts in a language: English for "en", Bulgarian otherwise. */
  public Texts texts(Locale locale) {
    return "en".equals(locale.getLanguage()) ? english() : bulgarian();
  }

  public Texts bulgarian() {
    return new Texts(
        nameBg, purposeBg, subjectsBg, dataBg, recipientsBg, transfersBg, retentionBg, securityBg);
  }

  public Texts english() {
    return new Texts(
        nameEn, purposeEn, subjectsEn, dataEn, recipientsEn, transfersEn, retentionEn, securityEn);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public int getPosition() {
    return position;
  }

  public Role getRole() {
    return role;
  }

  public LegalBasis getLegalBasis() {
    return legalBasis;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public int getVersion() {
    return version;
  }
}
