package bg.omegasoft.billing.control;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * E-mails issued documents with their PDF and UBL XML to the client, in Bulgarian: only once the
 * delivering transaction is committed, and in the background, so a mail server that is down never
 * undoes an invoice run (the documents are in the portal anyway).
 */
@ApplicationScoped
public class InvoiceMail {

  private static final Logger LOG = Logger.getLogger(InvoiceMail.class.getName());

  /** Documents to e-mail once the transaction that delivered them commits. */
  public record Delivered(List<Letter> letters) {}

  /** One document for one address. */
  public record Letter(String number, String title, String recipient, byte[] pdf, byte[] xml) {}

  @Resource(lookup = "java:jboss/mail/Omex")
  private Session mail;

  @Resource private ManagedExecutorService executor;

  void onDelivered(@Observes(during = TransactionPhase.AFTER_SUCCESS) Delivered delivered) {
    if (!delivered.letters().isEmpty()) {
      executor.submit(() -> delivered.letters().forEach(this::send));
    }
  }

  void send(Letter letter) {
    try {
      MimeMessage message = new MimeMessage(mail);
      message.addRecipient(Message.RecipientType.TO, new InternetAddress(letter.recipient()));
      message.setSubject(letter.title() + " № " + letter.number() + " от ОмегаСофт", "UTF-8");
      MimeBodyPart text = new MimeBodyPart();
      text.setText(
          "Здравейте,\n\nизпращаме ви "
              + letter.title().toLowerCase(java.util.Locale.ROOT)
              + " № "
              + letter.number()
              + " като PDF и като електронна фактура (UBL 2.1, EN 16931). Документите са и в портала"
              + " за клиенти.\n\nПлащане само по банков път, с основанието за плащане от документа.\n",
          "UTF-8");
      MimeBodyPart pdf = new MimeBodyPart();
      pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(letter.pdf(), "application/pdf")));
      pdf.setFileName(letter.number() + ".pdf");
      MimeBodyPart xml = new MimeBodyPart();
      xml.setDataHandler(new DataHandler(new ByteArrayDataSource(letter.xml(), "application/xml")));
      xml.setFileName(letter.number() + ".xml");
      message.setContent(new MimeMultipart(text, pdf, xml));
      Transport.send(message);
      LOG.info(() -> "Document " + letter.number() + " e-mailed to " + letter.recipient());
    } catch (MessagingException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Document "
              + letter.number()
              + " could not be e-mailed (it is in the portal): "
              + e.getMessage());
    }
  }
}
