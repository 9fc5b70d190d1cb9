package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.servicedesk.control.IncomingMail;
import bg.omegasoft.servicedesk.control.IntakeProcessor;
import bg.omegasoft.servicedesk.control.MailParser;
import bg.omegasoft.servicedesk.control.MailboxSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the service desk's mailbox over IMAP on a schedule (a non-persistent timer; interval from
 * {@link MailboxSettings}). The mailbox is opened read-only and every message is known by its UID:
 * the intake records each UID with what it produced, so an outage of the mail server loses and
 * duplicates nothing: the next read goes on after the last UID handled. A mail that cannot be read
 * is set aside with the reason; the reader never stops on it.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailboxReader {

  private static final Logger LOG = Logger.getLogger(MailboxReader.class.getName());
  private static final java.time.Duration STALL = java.time.Duration.ofMinutes(3);

  @Resource private TimerService timers;
  @EJB private IntakeProcessor processor;

  private final MailboxSettings settings = MailboxSettings.fromEnvironment();
  private final AtomicBoolean reading = new AtomicBoolean();
  private final Clock clock = Clock.systemUTC();

  private volatile Thread readingThread;
  private volatile Instant readingSince;
  private volatile boolean stallReported;
  private volatile Instant lastSuccess;
  private volatile Instant lastFailure;
  private volatile String lastError;
  private volatile boolean down;

  @PostConstruct
  void schedule() {
    if (settings.isConfigured()) {
      long millis = settings.interval().toMillis();
      timers.createIntervalTimer(millis, millis, new TimerConfig("mailbox", false));
      LOG.info(
          () ->
              "Service desk mailbox "
                  + settings.user()
                  + "@"
                  + settings.host()
                  + ":"
                  + settings.port()
                  + " is read every "
                  + settings.interval().toSeconds()
                  + " s");
    } else {
      LOG.info("No service desk mailbox configured (omex.imap.host / IMAP_HOST): not reading");
    }
  }

  /** The schedule reads as the system (a plain call: no caller to check), outside transactions. */
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void onSchedule() {
    read();
  }

  /**
   * Reads what is new; answers how many messages were handled, or -1 when the mailbox could not be
   * reached (or another read is going on).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  public int read() {
    if (!settings.isConfigured()) {
      return -1;
    }
    if (!reading.compareAndSet(false, true)) {
      reportStall();
      return -1;
    }
    readingThread = Thread.currentThread();
    readingSince = Instant.now(clock);
    stallReported = false;
    try {
      int handled = readMailbox();
      lastSuccess = Instant.now(clock);
      if (down) {
        LOG.info("Service desk mailbox reachable again; reading resumed");
      }
      down = false;
      return handled;
    } catch (MessagingException | RuntimeException e) {
      lastFailure = Instant.now(clock);
      lastError = e.getMessage();
      if (!down) {
        LOG.log(
            Level.WARNING,
            "Service desk mailbox unreachable; retrying every "
                + settings.interval().toSeconds()
                + " s: "
                + e);
      }
      down = true;
      return -1;
    } finally {
      readingThread = null;
      reading.set(false);
    }
  }

  /**
   * Every network step of a read has a timeout, so a read should never last minutes; if one does,
   * say where it is, once, so an operator can see what holds it.
   */
  private void reportStall() {
    Thread thread = readingThread;
    Instant since = readingSince;
    if (thread == null || since == null || stallReported) {
      return;
    }
    if (since.plus(STALL).isBefore(Instant.now(clock))) {
      stallReported = true;
      StringBuilder where = new StringBuilder();
      for (StackTraceElement frame : thread.getStackTrace()) {
        where.append("\n\tat ").append(frame);
      }
      LOG.warning("A read of the service desk mailbox has been running since " + since + where);
    }
  }

  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  public MailboxStatus status() {
    return new MailboxStatus(settings.isConfigured(), down, lastSuccess, lastFailure, lastError);
  }

  private int readMailbox() throws MessagingException {
    Session session = Session.getInstance(settings.mailProperties());
    Store store = session.getStore(settings.protocol());
    store.connect(settings.host(), settings.port(), settings.user(), settings.password());
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      try {
        UIDFolder uids = (UIDFolder) inbox;
        long validity = uids.getUIDValidity();
        long last = processor.lastUid(validity);
        int handled = 0;
        for (Message message : uids.getMessagesByUID(last + 1, UIDFolder.LASTUID)) {
          long uid = uids.getUID(message);
          if (uid <= last || processor.alreadyRead(validity, uid)) {
            continue;
          }
          handle(validity, uid, (MimeMessage) message);
          handled++;
        }
        return handled;
      } finally {
        inbox.close(false);
      }
    } finally {
      store.close();
    }
  }

  /**
   * One message. A broken one is set aside with the reason; a lost connection stops this read (the
   * message stays unrecorded and is read again next time).
   */
  private void handle(long validity, long uid, MimeMessage message) throws MessagingException {
    String messageId = null;
    String sender = null;
    String subject = null;
    try {
      messageId = message.getMessageID();
      sender = message.getFrom() == null ? null : message.getFrom()[0].toString();
      subject = message.getSubject();
      IncomingMail mail = MailParser.parse(new MimeMessage(message));
      processor.process(validity, uid, mail);
    } catch (FolderClosedException | StoreClosedException e) {
      throw e;
    } catch (MessagingException | IOException | RuntimeException e) {
      if (connectionLost(e)) {
        throw new MessagingException("connection lost while reading UID " + uid, (Exception) e);
      }
      LOG.log(Level.WARNING, "Mail UID " + uid + " set aside: " + e);
      processor.setAside(validity, uid, messageId, sender, subject, reason(e));
    }
  }

  private static boolean connectionLost(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.net.SocketException
          || cause instanceof java.net.SocketTimeoutException
          || cause instanceof FolderClosedException
          || cause instanceof StoreClosedException) {
        return true;
      }
    }
    return false;
  }

  private static String reason(Throwable e) {
    String message = e.getMessage() == null ? "" : ": " + e.getMessage();
    return e.getClass().getSimpleName() + message;
  }

  /** The state of the mailbox reader, for the staff's intake page. */
  public record MailboxStatus(
      boolean configured,
      boolean down,
      Instant lastSuccess,
      Instant lastFailure,
      String lastError) {}
}
