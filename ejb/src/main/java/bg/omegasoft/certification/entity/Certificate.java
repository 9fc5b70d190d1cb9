package bg.omegasoft.certification.entity;

import bg.omegasoft.identity.entity.User;
import bg.omegasoft.learning.entity.Level;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.organisation.entity.Organisation;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.control.SofiaTime;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate for passing the final test of a programme at its level: a readable number
 * (OMX-2026-000123), an unguessable verification code, what it certifies as it was on the day, and
 * its issuer. Revocation needs a reason; a reissue (e.g. a corrected name) makes a new certificate
 * that replaces this one. Nothing is ever deleted.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(
    name = Certificate.FIND_BY_CODE,
    query = "select c from Certificate c where c.code = :code")
@NamedQuery(
    name = Certificate.FIND_BY_HOLDER,
    query = "select c from Certificate c where c.holderId = :holderId order by c.issuedAt desc")
@NamedQuery(
    name = Certificate.FIND_CURRENT,
    query =
        "select c from Certificate c where c.holderId = :holderId and c.programmeId = :programmeId"
            + " and c.level = :level and c.status <>"
            + " bg.omegasoft.certification.entity.CertificateStatus.REPLACED")
@NamedQuery(
    name = Certificate.SEARCH,
    query =
        "select c from Certificate c where lower(c.holderName) like :q or lower(c.number) like :q"
            + " or lower(c.programmeTitle) like :q order by c.issuedAt desc")
public class Certificate {

  public static final String FIND_BY_CODE = "Certificate.findByCode";
  public static final String FIND_BY_HOLDER = "Certificate.findByHolder";
  public static final String FIND_CURRENT = "Certificate.findCurrent";
  public static final String SEARCH = "Certificate.search";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String number;

  private String code;

  @Enumerated(EnumType.STRING)
  private CertificateStatus status;

  @Column(name = "holder_id")
  private Long holderId;

  @Column(name = "holder_name")
  private String holderName;

  @Column(name = "programme_id")
  private Long programmeId;

  @Column(name = "version_id")
  private Long versionId;

  @Column(name = "programme_title")
  private String programmeTitle;

  @Enumerated(EnumType.STRING)
  private Level level;

  @Column(name = "version_number")
  private int versionNumber;

  @Column(name = "attempt_id")
  private Long attemptId;

  @Column(name = "score_percent")
  private BigDecimal scorePercent;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(name = "issued_at")
  private Instant issuedAt;

  @Column(name = "issuer_name")
  private String issuerName;

  @Column(name = "issuer_uic")
  private String issuerUic;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by")
  private String revokedBy;

  @Column(name = "revoke_reason")
  private String revokeReason;

  @Column(name = "replaced_by_id")
  private Long replacedById;

  @Column(name = "replaces_id")
  private Long replacesId;

  @Column(name = "reissue_reason")
  private String reissueReason;

  @Version private int version;

  protected Certificate() {}

  /**
   * A certificate for a passed final attempt. The number is given once the row has its id ({@link
   * #numberFrom}).
   */
  public static Certificate issue(
      User holder,
      ProgrammeVersion programmeVersion,
      long attemptId,
      BigDecimal scorePercent,
      Organisation issuer,
      String code,
      Instant now) {
    Certificate c = new Certificate();
    c.number = "tmp-" + UUID.randomUUID();
    c.code = code;
    c.status = CertificateStatus.VALID;
    c.holderId = holder.getId();
    c.holderName = holder.getFullName();
    c.programmeId = programmeVersion.getProgramme().getId();
    c.versionId = programmeVersion.getId();
    c.programmeTitle = programmeVersion.getTitle();
    c.level = programmeVersion.getProgramme().getLevel();
    c.versionNumber = programmeVersion.getNumber();
    c.attemptId = attemptId;
    c.scorePercent = scorePercent;
    c.issuedAt = now;
    c.issuedOn = LocalDate.ofInstant(now, SofiaTime.ZONE);
    c.issuerName = issuer.getName();
    c.issuerUic = issuer.getUic();
    return c;
  }

  /** The readable number from the id: OMX-year-000123. */
  public void numberFrom(long sequence) {
    this.number = String.format("OMX-%d-%06d", issuedOn.getYear(), sequence);
  }

  public void revoke(String reason, String who, Instant now) {
    requireValid();
    if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
      throw new InvalidInputException("reason", "certificate.reasonRequired");
    }
    this.status = CertificateStatus.REVOKED;
    this.revokeReason = reason.strip();
    this.revokedBy = who;
    this.revokedAt = now;
  }

  /**
   * A new certificate for the same achievement with the corrected holder's name, replacing this one
   * (which keeps its number and answers "replaced" to checks).
   */
  public Certificate reissue(String correctedName, String reason, String newCode, Instant now) {
    requireValid();
    if (correctedName == null || correctedName.isBlank() || correctedName.strip().length() > 200) {
      throw new InvalidInputException("holderName", "certificate.nameRequired");
    }
    if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
      throw new InvalidInputException("reason", "certificate.reasonRequired");
    }
    Certificate c = new Certificate();
    c.number = "tmp-" + UUID.randomUUID();
    c.code = newCode;
    c.status = CertificateStatus.VALID;
    c.holderId = holderId;
    c.holderName = correctedName.strip();
    c.programmeId = programmeId;
    c.versionId = versionId;
    c.programmeTitle = programmeTitle;
    c.level = level;
    c.versionNumber = versionNumber;
    c.attemptId = attemptId;
    c.scorePercent = scorePercent;
    c.issuedAt = now;
    c.issuedOn = LocalDate.ofInstant(now, SofiaTime.ZONE);
    c.issuerName = issuerName;
    c.issuerUic = issuerUic;
    c.replacesId = id;
    c.reissueReason = reason.strip();
    this.status = CertificateStatus.REPLACED;
    return c;
  }

  /** Links the replacement once it has its id. */
  public void replacedBy(long replacementId) {
    this.replacedById = replacementId;
  }

  private void requireValid() {
    if (status != CertificateStatus.VALID) {
      throw new CertificateNotValidException();
    }
  }

  public boolean isValid() {
    return status == CertificateStatus.VALID;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public String getCode() {
    return code;
  }

  public CertificateStatus getStatus() {
    return status;
  }

  public Long getHolderId() {
    return holderId;
  }

  public String getHolderName() {
    return holderName;
  }

  public Long getProgrammeId() {
    return programmeId;
  }

  public Long getVersionId() {
    return versionId;
  }

  public String getProgrammeTitle() {
    return programmeTitle;
  }

  public Level getLevel() {
    return level;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public Long getAttemptId() {
    return attemptId;
  }

  public BigDecimal getScorePercent() {
    return scorePercent;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public String getIssuerName() {
    return issuerName;
  }

  public String getIssuerUic() {
    return issuerUic;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevokedBy() {
    return revokedBy;
  }

  public String getRevokeReason() {
    return revokeReason;
  }

  public Long getReplacedById() {
    return replacedById;
  }

  public Long getReplacesId() {
    return replacesId;
  }

  public String getReissueReason() {
    return reissueReason;
  }
}
