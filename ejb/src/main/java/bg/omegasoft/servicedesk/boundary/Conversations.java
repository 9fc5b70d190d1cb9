package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.identity.boundary.FullNames;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.messaging.boundary.Letter;
import bg.omegasoft.messaging.boundary.MailTexts;
import bg.omegasoft.messaging.boundary.Outbox;
import bg.omegasoft.messaging.entity.OutgoingMail;
import bg.omegasoft.servicedesk.control.Conversation;
import bg.omegasoft.servicedesk.control.Invitations;
import bg.omegasoft.servicedesk.control.Notices;
import bg.omegasoft.servicedesk.entity.ClientWait;
import bg.omegasoft.servicedesk.entity.RequestMessage;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The conversation on a request. Staff reply to the requester (mailed with the request's number in
 * the subject, so the answer threads back; optionally waiting for the client's answer) and write
 * internal notes the client never sees; the client's administrators read the conversation in the
 * portal and answer there while the request is open.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class Conversations {

  private static final String SIGNATURE = "servicedesk.signature";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private Outbox outbox;
  @EJB private Conversation conversation;
  @EJB private ClientPortal portal;
  @EJB private FullNames fullNames;
  @EJB private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  /** Every message of the request, notes included, oldest first. */
  public List<RequestMessage> thread(long requestId) {
    return em.createNamedQuery(RequestMessage.FIND_BY_REQUEST, RequestMessage.class)
        .setParameter("request", requestId)
        .getResultList();
  }

  /**
   * Replies to the requester: mailed in their language (Bulgarian unless their account chose
   * English) as an answer to their last mail, kept in the conversation under the caller's name. A
   * closed request takes a last word but stays closed.
   *
   * @param awaitClient the desk now waits for the client's answer (the request's clock pauses)
   */
  public RequestMessage reply(long requestId, String text, boolean awaitClient) {
    ServiceRequest request = Store.find(em, requestId);
    Instant now = Instant.now(clock);
    String to = Invitations.attendee(request);
    RequestMessage reply;
    if (to == null) {
      reply = RequestMessage.staffReply(request, now, caller(), outbox.sender(), null, text, null);
    } else {
      String written = RequestMessage.written(text);
      OutgoingMail mail =
          outbox.queue(
              Letter.to(to)
                  .in(language(request))
                  .template("servicedesk.reply", request.getSubject(), written)
                  .subjectPrefix("[" + request.getNumber() + "] ")
                  .signedWith(SIGNATURE)
                  .about(Notices.topic(request))
                  .inReplyTo(conversation.lastIncomingMessageId(request).orElse(null)));
      reply =
          RequestMessage.staffReply(
              request,
              now,
              caller(),
              outbox.sender(),
              mail.getSubject(),
              text,
              mail.getMessageId());
    }
    em.persist(reply);
    if (awaitClient) {
      conversation.awaitClient(request, now);
    }
    em.flush();
    conversation.staffReplied(request, reply);
    audit.record(
        "SR_REPLY",
        Intake.AUDIT_SUBJECT,
        request.getNumber(),
        awaitClient ? "awaiting client" : null);
    return reply;
  }

  /** An internal note: for the staff only, never mailed, never shown to the client. */
  public RequestMessage note(long requestId, String text) {
    ServiceRequest request = Store.find(em, requestId);
    RequestMessage note = RequestMessage.note(request, Instant.now(clock), caller(), text);
    em.persist(note);
    audit.record("SR_NOTE", Intake.AUDIT_SUBJECT, request.getNumber(), null);
    return note;
  }

  /** The language of mails to the request's requester: their account's, else Bulgarian. */
  public Locale language(ServiceRequest request) {
    return MailTexts.language(
        fullNames.languageOf(Invitations.attendee(request)).orElse(MailTexts.BULGARIAN));
  }

  /** What the client sees of the conversation: everything but the staff's notes. */
  @RolesAllowed(Roles.CLIENT_ADMIN)
  public List<RequestMessage> clientThread(String number) {
    return em.createNamedQuery(RequestMessage.FIND_FOR_CLIENT, RequestMessage.class)
        .setParameter("request", portal.myRequest(number).getId())
        .getResultList();
  }

  /** The client's administrator answers in the portal; refused once the request is closed. */
  @RolesAllowed(Roles.CLIENT_ADMIN)
  public RequestMessage answer(String number, String text) {
    ServiceRequest request = portal.myRequest(number);
    Instant now = Instant.now(clock);
    RequestMessage answer =
        RequestMessage.portalAnswer(request, now, caller(), fullNames.of(caller()), text);
    em.persist(answer);
    conversation.clientAnswered(request, answer, now, false);
    audit.record("SR_CLIENT_ANSWER", Intake.AUDIT_SUBJECT, request.getNumber(), null);
    return answer;
  }

  /**
   * The conversation of a request for the API: staff see every message, a client administrator the
   * own company's requests without the notes (another company's request is "not found").
   */
  @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.CLIENT_ADMIN})
  public List<RequestMessage> visibleThread(String number) {
    if (session.isCallerInRole(Roles.STAFF) || session.isCallerInRole(Roles.ADMIN)) {
      return thread(Store.byNumber(em, number).getId());
    }
    return clientThread(number);
  }

  /**
   * The intervals [from, to) in which the desk waited for the client's answer, oldest first; the
   * last has no end while the desk still waits. For response clocks that pause meanwhile.
   */
  @PermitAll
  public List<ClientWait.Interval> waitingIntervals(long requestId) {
    return conversation.waits(requestId);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
