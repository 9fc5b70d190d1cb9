package bg.omegasoft.servicedesk.control;

import java.util.List;

/**
 * A mail of the service desk's mailbox as the intake needs it: sender, subject, the ids that tie a
 * reply to its request, the text, and the attachments (which go to quarantine, never to staff).
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

  /** An attachment: its content is kept only up to the quarantine's size limit. */
  public record Attachment(
      String name, String contentType, long size, String sha256, byte[] content) {}

  public boolean hasText() {
    return text != null && !text.isBlank();
  }
}
