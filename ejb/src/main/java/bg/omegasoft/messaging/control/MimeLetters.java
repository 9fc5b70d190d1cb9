package bg.omegasoft.messaging.control;

import bg.omegasoft.messaging.entity.MailAttachment;
import bg.omegasoft.messaging.entity.OutgoingMail;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The MIME form of an outgoing mail: plain text (with an HTML alternative when there is one), then
 * the attachments. A calendar object goes both as a text/calendar part (so mail programs offer to
 * accept it) and as a file for programs that only show attachments.
 */
public final class MimeLetters {

  /** The sender when the mail session names none. */
  public static final String DEFAULT_FROM = "noreply@omegasoft.bg";

  private MimeLetters() {}

  public static MimeMessage of(OutgoingMail mail, Session session) throws MessagingException {
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", mail.getMessageId());
          }
        };
    message.setFrom();
    if (message.getFrom() == null || message.getFrom().length == 0) {
      message.setFrom(new InternetAddress(DEFAULT_FROM));
    }
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient()));
    message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(mail.getCreatedAt()));
    message.setHeader("Auto-Submitted", "auto-generated");
    message.setHeader("Content-Language", mail.getLanguage());
    if (mail.getInReplyTo() != null) {
      message.setHeader("In-Reply-To", mail.getInReplyTo());
      message.setHeader("References", mail.getInReplyTo());
    }
    if (mail.getAttachments().isEmpty() && mail.getHtmlBody() == null) {
      message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
      return message;
    }
    List<MimeBodyPart> parts = new ArrayList<>();
    parts.add(text(mail));
    for (MailAttachment attachment : mail.getAttachments()) {
      if (attachment.isCalendar()) {
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setDataHandler(
            new DataHandler(
                new ByteArrayDataSource(attachment.getContent(), attachment.getContentType())));
        calendar.setHeader("Content-Type", attachment.getContentType());
        parts.add(calendar);
        parts.add(file(attachment, "application/ics; name=" + attachment.getFileName()));
      } else {
        parts.add(file(attachment, attachment.getContentType()));
      }
    }
    message.setContent(new MimeMultipart("mixed", parts.toArray(MimeBodyPart[]::new)));
    return message;
  }

  private static MimeBodyPart text(OutgoingMail mail) throws MessagingException {
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.getBody(), StandardCharsets.UTF_8.name());
    if (mail.getHtmlBody() == null) {
      return text;
    }
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.getHtmlBody(), StandardCharsets.UTF_8.name(), "html");
    MimeBodyPart alternative = new MimeBodyPart();
    alternative.setContent(new MimeMultipart("alternative", text, html));
    return alternative;
  }

  private static MimeBodyPart file(MailAttachment attachment, String type)
      throws MessagingException {
    MimeBodyPart file = new MimeBodyPart();
    file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.getContent(), type)));
    file.setFileName(attachment.getFileName());
    file.setDisposition(MimeBodyPart.ATTACHMENT);
    return file;
  }
}
