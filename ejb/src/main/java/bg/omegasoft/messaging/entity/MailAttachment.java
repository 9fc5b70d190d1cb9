package bg.omegasoft.messaging.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A file sent with a mail, kept as the bytes queued in the business transaction: an issued
 * invoice's PDF is the document mailed, whatever happens to templates before the mail goes out.
 */
@Entity
@Table(name = "outgoing_mail_attachment")
public class MailAttachment {

  /** Content types starting so are sent as a calendar invitation (inline part and file). */
  public static final String CALENDAR = "text/calendar";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "mail_id")
  private OutgoingMail mail;

  @Column(nullable = false)
  private int position;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 200)
  private String contentType;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  protected MailAttachment() {}

  MailAttachment(
      OutgoingMail mail, int position, String fileName, String contentType, byte[] content) {
    this.mail = mail;
    this.position = position;
    this.fileName = fileName;
    this.contentType = contentType;
    this.content = content.clone();
  }

  public boolean isCalendar() {
    return contentType.startsWith(CALENDAR);
  }

  public Long getId() {
    return id;
  }

  public OutgoingMail getMail() {
    return mail;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public int getSize() {
    return content.length;
  }

  public byte[] getContent() {
    return content.clone();
  }
}
