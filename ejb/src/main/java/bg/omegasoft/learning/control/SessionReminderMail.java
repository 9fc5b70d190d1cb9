package bg.omegasoft.learning.control;

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
import jakarta.mail.internet.MimeMessage;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * E-mails a session reminder in Bulgarian once its record is committed, in the background: a mail
 * server that is down never undoes the record (the session is in the trainee's portal anyway).
 */
@ApplicationScoped
public class SessionReminderMail {

  private static final Logger LOG = Logger.getLogger(SessionReminderMail.class.getName());
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @Resource(lookup = "java:jboss/mail/Omex")
  private Session mail;

  @Resource private ManagedExecutorService executor;

  void onDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionReminderDue due) {
    executor.submit(() -> deliver(due));
  }

  void deliver(SessionReminderDue due) {
    ResourceBundle texts =
        ResourceBundle.getBundle(
            "bg.omegasoft.learning.control.session-reminder",
            Locale.ROOT,
            SessionReminderMail.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    try {
      MimeMessage message = new MimeMessage(mail);
      message.addRecipient(Message.RecipientType.TO, new InternetAddress(due.email()));
      message.setSubject(
          MessageFormat.format(texts.getString("mail.subject"), due.programme()), "UTF-8");
      message.setText(
          MessageFormat.format(
              texts.getString("mail.body"),
              due.name(),
              due.programme(),
              DAY.format(due.day()),
              due.start().toString(),
              due.venue()),
          "UTF-8");
      Transport.send(message);
      LOG.info(() -> "Session reminder e-mailed to " + due.email());
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "Session reminder to " + due.email() + " not sent: " + e.getMessage());
    }
  }
}
