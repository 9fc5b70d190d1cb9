package bg.omegasoft.servicedesk.control;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.servicedesk.entity.Channel;
import bg.omegasoft.servicedesk.entity.Consent;
import bg.omegasoft.servicedesk.entity.MailIntakeRecord;
import bg.omegasoft.servicedesk.entity.MailIntakeRecord.Outcome;
import bg.omegasoft.servicedesk.entity.QuarantinedAttachment;
import bg.omegasoft.servicedesk.entity.RequestMessage;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes one mail of the mailbox into what it is: a reply threaded into its request (by the number
 * in the subject or the ids it answers), a new request of the client whose address sent it, or a
 * new request in the triage queue for an unknown sender. Attachments go encrypted into the client's
 * PDM space, or PDM's quarantine for an unknown sender, and the sender is told to use PDM; a reply
 * follows the conversation's rules ({@link Conversation}). Each mail is handled in a transaction of
 * its own that also records its UID, so it is handled exactly once.
 */
@Stateless
@PermitAll
public class IntakeProcessor {

  static final String MAILBOX = "mailbox";
  private static final Pattern NUMBER = Pattern.compile("SR-\\d{4}-\\d{6,}");

  @PersistenceContext private EntityManager em;
  @EJB private Clients clients;
  @EJB private Notices notices;
  @EJB private NewRequests newRequests;
  @EJB private AuditTrail audit;
  @EJB private Conversation conversation;
  @Inject private AttachmentFiling filing;

  private final Clock clock = Clock.systemUTC();

  /** The highest UID already handled in this mailbox generation (0 when none). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long lastUid(long uidValidity) {
    Long last =
        em.createNamedQuery(MailIntakeRecord.LAST_UID, Long.class)
            .setParameter("validity", uidValidity)
            .getSingleResult();
    return last == null ? 0 : last;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean alreadyRead(long uidValidity, long uid) {
    return em.createNamedQuery(MailIntakeRecord.COUNT_UID, Long.class)
            .setParameter("validity", uidValidity)
            .setParameter("uid", uid)
            .getSingleResult()
        > 0;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Outcome process(long uidValidity, long uid, IncomingMail mail) {
    Instant now = Instant.now(clock);
    if (mail.messageId() != null && seen(mail.messageId())) {
      record(uidValidity, uid, mail, Outcome.SET_ASIDE, "already read (same Message-ID)", null);
      return Outcome.SET_ASIDE;
    }
    Optional<ServiceRequest> thread = thread(mail);
    if (thread.isPresent()) {
      ServiceRequest request = thread.get();
      RequestMessage answer =
          new RequestMessage(
              request,
              RequestMessage.Direction.IN,
              now,
              mail.sender(),
              mail.subject(),
              mail.text(),
              mail.messageId());
      em.persist(answer);
      conversation.clientAnswered(request, answer, now, mail.automatic());
      long intake = record(uidValidity, uid, mail, Outcome.THREADED, null, request.getId());
      quarantine(intake, mail, request);
      audit.recordAs(
          mail.sender(), "SR_MAIL_THREADED", "ServiceRequest", request.getNumber(), null);
      return Outcome.THREADED;
    }
    if (!mail.hasText() && mail.subject().isBlank()) {
      long intake =
          record(uidValidity, uid, mail, Outcome.SET_ASIDE, "no text and no subject", null);
      quarantine(intake, mail, null);
      return Outcome.SET_ASIDE;
    }
    Client client = clients.bySenderAddress(mail.sender()).orElse(null);
    String subject = mail.subject().isBlank() ? firstLine(mail.text()) : mail.subject();
    String who =
        mail.senderName() == null ? mail.sender() : mail.senderName() + " <" + mail.sender() + ">";
    ServiceRequest request =
        new ServiceRequest(
            RequestType.SUPPORT,
            Channel.EMAIL,
            now,
            new Consent(who, now, Channel.EMAIL),
            subject,
            mail.hasText() ? mail.text() : null,
            MAILBOX);
    request.describeRequester(mail.senderName(), mail.sender(), null, null);
    request.identify(client);
    em.persist(request);
    em.flush();
    request.assignNumber();
    newRequests.arrived(request);
    em.persist(
        new RequestMessage(
            request,
            RequestMessage.Direction.IN,
            now,
            mail.sender(),
            mail.subject(),
            mail.text(),
            mail.messageId()));
    Outcome outcome = client == null ? Outcome.TRIAGE : Outcome.NEW_REQUEST;
    long intake =
        record(
            uidValidity,
            uid,
            mail,
            outcome,
            mail.hasText() ? null : "no text: the subject is the request",
            request.getId());
    audit.recordAs(mail.sender(), "SR_RECEIVED", "ServiceRequest", request.getNumber(), "EMAIL");
    if (!mail.automatic()) {
      notices.received(request, mail.messageId());
    }
    quarantine(intake, mail, request);
    return outcome;
  }

  /** A mail that could not be read or handled: recorded with the reason, never read again. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void setAside(
      long uidValidity, long uid, String messageId, String sender, String subject, String reason) {
    em.persist(
        new MailIntakeRecord(
            uidValidity,
            uid,
            messageId,
            sender,
            subject,
            Instant.now(clock),
            Outcome.SET_ASIDE,
            reason,
            null));
    audit.recordAs(MAILBOX, "MAIL_SET_ASIDE", "MailIntake", uid, reason);
  }

  private Optional<ServiceRequest> thread(IncomingMail mail) {
    Matcher number = NUMBER.matcher(mail.subject());
    if (number.find()) {
      Optional<ServiceRequest> byNumber =
          em.createNamedQuery(ServiceRequest.FIND_BY_NUMBER, ServiceRequest.class)
              .setParameter("number", number.group())
              .getResultStream()
              .findFirst();
      if (byNumber.isPresent()) {
        return byNumber;
      }
    }
    if (mail.references().isEmpty()) {
      return Optional.empty();
    }
    return em.createNamedQuery(RequestMessage.FIND_BY_MESSAGE_ID, RequestMessage.class)
        .setParameter("ids", mail.references())
        .getResultStream()
        .map(RequestMessage::getRequest)
        .findFirst();
  }

  private void quarantine(long intakeId, IncomingMail mail, ServiceRequest request) {
    if (mail.attachments().isEmpty()) {
      return;
    }
    Instant now = Instant.now(clock);
    for (IncomingMail.Attachment a : mail.attachments()) {
      QuarantinedAttachment row =
          new QuarantinedAttachment(intakeId, a.name(), a.contentType(), a.size(), a.sha256());
      em.persist(row);
      filing.file(row, a.content(), mail.sender(), request, now);
    }
    String names =
        mail.attachments().stream()
            .map(a -> a.name() == null ? "(" + a.contentType() + ")" : a.name())
            .collect(Collectors.joining(", "));
    audit.recordAs(
        MAILBOX,
        "MAIL_ATTACHMENTS_QUARANTINED",
        "MailIntake",
        intakeId,
        mail.attachments().size() + ": " + names);
    if (!mail.automatic()) {
      notices.attachmentsRefused(request, mail.sender(), names, mail.messageId());
    }
  }

  private long record(
      long validity, long uid, IncomingMail mail, Outcome outcome, String reason, Long requestId) {
    MailIntakeRecord record =
        new MailIntakeRecord(
            validity,
            uid,
            mail.messageId(),
            mail.sender(),
            mail.subject(),
            Instant.now(clock),
            outcome,
            reason,
            requestId);
    em.persist(record);
    em.flush();
    return record.getId();
  }

  private boolean seen(String messageId) {
    return em.createNamedQuery(MailIntakeRecord.COUNT_MESSAGE_ID, Long.class)
            .setParameter("messageId", messageId)
            .getSingleResult()
        > 0;
  }

  private static String firstLine(String text) {
    String line = text == null ? "" : text.strip().lines().findFirst().orElse("");
    return line.length() <= 120 ? line : line.substring(0, 117) + "…";
  }
}
