package bg.omegasoft.billing.control;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * E-mails a reminder of an overdue invoice in Bulgarian once its record is committed, in the
 * background: a mail server that is down never undoes the record.
 */
@ApplicationScoped
public class OverdueMail {

  private static final Logger LOG = Logger.getLogger(OverdueMail.class.getName());
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /** A client is to be reminded of an overdue document. */
  public record Due(
      String email, String customer, String number, LocalDate dueDate, BigDecimal open) {}

  @Resource(lookup = "java:jboss/mail/Omex")
  private Session mail;

  @Resource private ManagedExecutorService executor;

  void onDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) Due due) {
    executor.submit(() -> send(due));
  }

  void send(Due due) {
    try {
      MimeMessage message = new MimeMessage(mail);
      message.addRecipient(Message.RecipientType.TO, new InternetAddress(due.email()));
      message.setSubject("Напомняне за просрочена фактура № " + due.number(), "UTF-8");
      message.setText(
          "Здравейте,\n\nфактура № "
              + due.number()
              + " на "
              + due.customer()
              + " беше с падеж "
              + DAY.format(due.dueDate())
              + " и по нея остават за плащане "
              + due.open().toPlainString().replace('.', ',')
              + " EUR. Моля, платете по банков път с основанието за плащане от фактурата. Ако вече"
              + " сте платили, не обръщайте внимание на това писмо.\n\nОмегаСофт ООД\n",
          "UTF-8");
      Transport.send(message);
      LOG.info(() -> "Overdue reminder of " + due.number() + " e-mailed to " + due.email());
    } catch (MessagingException | RuntimeException e) {
      LOG.log(
          Level.WARNING, "Overdue reminder of " + due.number() + " not sent: " + e.getMessage());
    }
  }
}
