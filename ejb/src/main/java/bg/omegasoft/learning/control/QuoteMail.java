package bg.omegasoft.learning.control;

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
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * E-mails a sent quote, with its PDF, to the client's administrators, in Bulgarian. Only once the
 * sending is committed, and in the background: a mail server that is down never undoes or delays
 * the sending in the portal, where the quote is waiting for them anyway.
 */
@ApplicationScoped
public class QuoteMail {

  private static final Logger LOG = Logger.getLogger(QuoteMail.class.getName());

  @Resource(lookup = "java:jboss/mail/Omex")
  private Session mail;

  @Resource private ManagedExecutorService executor;

  void onSent(@Observes(during = TransactionPhase.AFTER_SUCCESS) QuoteSent sent) {
    if (!sent.recipients().isEmpty()) {
      executor.submit(() -> deliver(sent));
    }
  }

  void deliver(QuoteSent sent) {
    ResourceBundle texts =
        ResourceBundle.getBundle(
            "bg.omegasoft.learning.control.quote-pdf",
            Locale.ROOT,
            QuoteMail.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    try {
      MimeMessage message = new MimeMessage(mail);
      for (String recipient : sent.recipients()) {
        message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
      }
      message.setSubject(
          MessageFormat.format(texts.getString("mail.subject"), sent.number()), "UTF-8");
      MimeBodyPart text = new MimeBodyPart();
      text.setText(
          MessageFormat.format(texts.getString("mail.body"), sent.number(), sent.clientName()),
          "UTF-8");
      MimeBodyPart pdf = new MimeBodyPart();
      pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(sent.pdf(), "application/pdf")));
      pdf.setFileName(sent.number() + ".pdf");
      message.setContent(new MimeMultipart(text, pdf));
      Transport.send(message);
      LOG.info(() -> "Quote " + sent.number() + " e-mailed to " + sent.recipients());
    } catch (MessagingException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Quote "
              + sent.number()
              + " could not be e-mailed (it is in the portal): "
              + e.getMessage());
    }
  }
}
