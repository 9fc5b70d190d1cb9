package bg.omegasoft.servicedesk.control;

import bg.omegasoft.shared.entity.PlainText;
import java.util.List;

/**
 * A mail of the service desk's mailbox as the intake needs it: sender, subject, the ids that tie a
 * reply to its request, the text, and the attachments (which go to quarantine, never to staff). The
 * texts and names are plain text ({@link PlainText}), whatever the mail carried.
 */
public record IncomingMail(
    String sender,
    String senderName,
    String subject,
    String messageId,
    List<String> references,
    String text,
    List<Attachment> attachments,
    boolean automatic) {

  public IncomingMail {
    sender = PlainText.line(sender);
    senderName = PlainText.line(senderName);
    subject = PlainText.line(subject);
    text = PlainText.text(text);
  }

  /** An attachment: its content is kept only up to the quarantine's size limit. */
  public record Attachment(
      String name, String contentType, long size, String sha256, byte[] content) {

    public Attachment {
      name = name == null ? null : PlainText.fileName(name);
      contentType = PlainText.line(contentType);
    }
  }

  public boolean hasText() {
    return text != null && !text.isBlank();
  }
}
