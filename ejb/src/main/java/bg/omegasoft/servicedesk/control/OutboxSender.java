package bg.omegasoft.servicedesk.control;

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
import jakarta.mail.Session;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the queued e-mails through the server's mail session (java:jboss/mail/Omex): at once after
 * the transaction that queued them commits, and every half minute for those that failed (a
 * non-persistent timer: each node sends what is due, and a mail is claimed in its own transaction).
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
  private static final long RETRY_MILLIS = 30_000;

  @Resource private TimerService timers;

  @Resource(lookup = "java:jboss/mail/Omex")
  private Session mailSession;

  @EJB private OutboxDelivery delivery;
  @EJB private OutboxSender self;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    // the server's mail session has no timeouts: without them a mail server that accepts and
    // then stays silent would hold a sender (and its row lock) for ever
    mailSession.getProperties().putIfAbsent("mail.smtp.connectiontimeout", "10000");
    mailSession.getProperties().putIfAbsent("mail.smtp.timeout", "30000");
    mailSession.getProperties().putIfAbsent("mail.smtp.writetimeout", "30000");
    timers.createIntervalTimer(RETRY_MILLIS, RETRY_MILLIS, new TimerConfig("outbox", false));
  }

  @Timeout
  void retry() {
    sendDue();
  }

  public void afterCommit(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.MailQueued queued) {
    self.sendDueSoon();
  }

  @Asynchronous
  public void sendDueSoon() {
    sendDue();
  }

  /**
   * Sends every mail that is due; one pass at a time, and a mail queued during a pass is taken by
   * another pass right after it.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sendDue() {
    again.set(true);
    while (again.get() && running.compareAndSet(false, true)) {
      again.set(false);
      try {
        for (Long id : delivery.due()) {
          delivery.send(id, mailSession);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Sending queued e-mails failed; retrying later", e);
      } finally {
        running.set(false);
      }
    }
  }
}
