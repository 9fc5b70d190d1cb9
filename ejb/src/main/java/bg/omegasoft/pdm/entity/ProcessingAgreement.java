package bg.omegasoft.pdm.entity;

import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.entity.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A client's data-processing agreement (GDPR art. 28) for the personal data it keeps in its PDM
 * space: which version of the vendor's agreement was signed, when and by whom, and optionally the
 * signed scan as a file of the client's space.
 */
@Entity
@Table(name = "processing_agreement")
public class ProcessingAgreement {

  @Id
  @Column(name = "client_id")
  private Long clientId;

  @Column(name = "doc_version", nullable = false, length = 20)
  private String docVersion;

  @Column(name = "signed_on", nullable = false)
  private LocalDate signedOn;

  @Column(name = "signed_by", nullable = false, length = 200)
  private String signedBy;

  @Column(name = "pdm_file_id")
  private Long pdmFileId;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Version private int version;

  protected ProcessingAgreement() {}

  public ProcessingAgreement(long clientId) {
    this.clientId = clientId;
  }

  /** Records the signed agreement; the date cannot lie in the future. */
  public void sign(
      String docVersion,
      LocalDate signedOn,
      String signedBy,
      Long pdmFileId,
      LocalDate today,
      String by,
      Instant now) {
    String v = PlainText.line(docVersion);
    String who = PlainText.line(signedBy);
    if (v == null || v.isBlank() || v.length() > 20) {
      throw new InvalidInputException("docVersion", "pdm.dpa.version.required");
    }
    if (who == null || who.isBlank() || who.length() > 200) {
      throw new InvalidInputException("signedBy", "pdm.dpa.signedBy.required");
    }
    if (signedOn == null || signedOn.isAfter(today)) {
      throw new InvalidInputException("signedOn", "pdm.dpa.signedOn.invalid");
    }
    this.docVersion = v.strip();
    this.signedOn = signedOn;
    this.signedBy = who.strip();
    this.pdmFileId = pdmFileId;
    this.recordedBy = by;
    this.recordedAt = now;
  }

  /** Whether the signed version is the current one. */
  public boolean isCurrent(String currentVersion) {
    return currentVersion.equals(docVersion);
  }

  public Long getClientId() {
    return clientId;
  }

  public String getDocVersion() {
    return docVersion;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public String getSignedBy() {
    return signedBy;
  }

  public Long getPdmFileId() {
    return pdmFileId;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
