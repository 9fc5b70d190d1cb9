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
 * An attachment that came by e-mail, kept apart and never shown to staff: personal data travels
 * only through PDM. Content over the size limit is not kept at all, only its name and size.
 */
@Entity
@Table(name = "mail_quarantine")
@NamedQuery(
    name = QuarantinedAttachment.COUNT_OF_INTAKE,
    query = "select count(q) from QuarantinedAttachment q where q.mailIntakeId = :intake")
public class QuarantinedAttachment {

  public static final String COUNT_OF_INTAKE = "QuarantinedAttachment.countOfIntake";

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

  protected QuarantinedAttachment() {}

  public QuarantinedAttachment(
      long mailIntakeId,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      byte[] content) {
    this.mailIntakeId = mailIntakeId;
    this.fileName = fileName == null ? null : PlainText.fileName(fileName);
    this.contentType =
        contentType == null || contentType.length() <= 255
            ? contentType
            : contentType.substring(0, 255);
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.content = content;
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
