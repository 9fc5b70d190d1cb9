package bg.omegasoft.servicedesk.entity;

import bg.omegasoft.shared.entity.PlainText;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * An attachment that came by e-mail: its name, size and SHA-256, and where its content went: a file
 * of the client's PDM space or the encrypted PDM quarantine (both encrypted), or nowhere (refused
 * type or size). The content itself is never kept here; rows from before encryption carry it until
 * {@code PlainAttachments} converts them at start-up.
 */
@Entity
@Table(name = "mail_quarantine")
@NamedQuery(
    name = QuarantinedAttachment.FIND_PLAIN,
    query = "select q.id from QuarantinedAttachment q where q.content is not null order by q.id")
@NamedQuery(
    name = QuarantinedAttachment.COUNT_OF_INTAKE,
    query = "select count(q) from QuarantinedAttachment q where q.mailIntakeId = :intake")
public class QuarantinedAttachment {

  public static final String COUNT_OF_INTAKE = "QuarantinedAttachment.countOfIntake";
  public static final String FIND_PLAIN = "QuarantinedAttachment.findPlain";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "mail_intake_id", nullable = false)
  private long mailIntakeId;

  @Column(name = "file_name", length = 255)
  private String fileName;

  @Column(name = "content_type", length = 255)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(length = 64)
  private String sha256;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  @Column(name = "pdm_file_id")
  private Long pdmFileId;

  @Column(name = "pdm_quarantine_id")
  private Long pdmQuarantineId;

  @Column(length = 100)
  private String refusal;

  protected QuarantinedAttachment() {}

  public QuarantinedAttachment(
      long mailIntakeId, String fileName, String contentType, long sizeBytes, String sha256) {
    this.mailIntakeId = mailIntakeId;
    this.fileName = fileName == null ? null : PlainText.fileName(fileName);
    this.contentType =
        contentType == null || contentType.length() <= 255
            ? contentType
            : contentType.substring(0, 255);
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
  }

  /** Where the content went; a plain copy from before encryption is dropped. */
  public void filed(Long pdmFileId, Long pdmQuarantineId, String refusal) {
    this.pdmFileId = pdmFileId;
    this.pdmQuarantineId = pdmQuarantineId;
    this.refusal = refusal;
    this.content = null;
  }

  /** The plain content of a row from before encryption (null for every newer row). */
  public byte[] plainContent() {
    return content;
  }

  public long getMailIntakeId() {
    return mailIntakeId;
  }

  public Long getPdmFileId() {
    return pdmFileId;
  }

  public Long getPdmQuarantineId() {
    return pdmQuarantineId;
  }

  public String getRefusal() {
    return refusal;
  }

  public Long getId() {
    return id;
  }

  public String getFileName() {
    return fileName;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }
}
