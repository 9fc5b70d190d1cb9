package bg.omegasoft.messaging.control;

import bg.omegasoft.messaging.boundary.Outbox;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox through the server's mail session (java:jboss/mail/Omex): at once after the
 * transaction that queued a mail commits, and every quarter minute for what is due again (a
 * non-persistent timer: each node delivers, and {@link DeliveryLedger#claim} lets one node have a
 * mail). A mail is marked SENT only after the mail server took it.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailCourier {

  private static final Logger LOG = Logger.getLogger(MailCourier.class.getName());
  private static final long ROUND_MILLIS = 15_000;
  private static final int BATCH = 50;

  @Resource private TimerService timers;

  @Resource(lookup = "java:jboss/mail/Omex")
  private Session mailSession;

  @EJB private DeliveryLedger ledger;
  @EJB private MailCourier self;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    // the server's mail session has no timeouts: without them a mail server that accepts and
    // then stays silent would hold a sender for ever
    mailSession.getProperties().putIfAbsent("mail.smtp.connectiontimeout", "10000");
    mailSession.getProperties().putIfAbsent("mail.smtp.timeout", "30000");
    mailSession.getProperties().putIfAbsent("mail.smtp.writetimeout", "30000");
    timers.createIntervalTimer(ROUND_MILLIS, ROUND_MILLIS, new TimerConfig("outbox", false));
  }

  @Timeout
  void round() {
    deliverDue();
  }

  public void afterCommit(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.MailQueued queued) {
    self.deliverSoon();
  }

  @Asynchronous
  public void deliverSoon() {
    deliverDue();
  }

  /**
   * Delivers every mail that is due; one round at a time on this node, and a mail queued during a
   * round is taken by another round right after it.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void deliverDue() {
    again.set(true);
    while (again.get() && running.compareAndSet(false, true)) {
      again.set(false);
      try {
        ledger.due(BATCH).forEach(this::deliver);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Delivering the outbox failed; retrying later", e);
      } finally {
        running.set(false);
      }
    }
  }

  private void deliver(long id) {
    Optional<MimeMessage> message;
    try {
      message = ledger.claim(id, mailSession);
    } catch (MessagingException e) {
      ledger.failed(id, e.toString());
      return;
    }
    if (message.isEmpty()) {
      return;
    }
    try {
      Transport.send(message.get());
    } catch (MessagingException | RuntimeException e) {
      LOG.warning(() -> "E-mail " + id + " not sent: " + e.getMessage());
      ledger.failed(id, e.getMessage() == null ? e.toString() : e.getMessage());
      return;
    }
    ledger.sent(id);
  }
}
