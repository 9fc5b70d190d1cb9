package bg.omegasoft.servicedesk.control;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.messaging.boundary.Letter;
import bg.omegasoft.messaging.boundary.Outbox;
import bg.omegasoft.messaging.entity.OutgoingMail;
import bg.omegasoft.servicedesk.entity.ClientWait;
import bg.omegasoft.servicedesk.entity.RequestMessage;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.Notice;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What follows a message of a request's conversation, whoever wrote it: the client's answer (by
 * mail or in the portal) ends the desk's wait for it and tells the consultant (or the staff); an
 * answer to a closed request is kept and its sender told how to file a new one; a staff reply tells
 * the client's administrators. Runs in the caller's transaction.
 */
@Stateless
@PermitAll
public class Conversation {

  static final String SIGNATURE = "servicedesk.signature";

  @PersistenceContext private EntityManager em;
  @EJB private Outbox outbox;
  @Inject private Event<Notice> notices;

  /** The Message-ID of the client's last mail, for a reply to answer it. */
  public Optional<String> lastIncomingMessageId(ServiceRequest request) {
    return em.createNamedQuery(RequestMessage.FIND_LAST_INCOMING_MAIL, RequestMessage.class)
        .setParameter("request", request.getId())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(RequestMessage::getMessageId);
  }

  /** The desk waits for the client from now on (an earlier wait still open goes on). */
  public void awaitClient(ServiceRequest request, Instant now) {
    if (openWait(request).isEmpty()) {
      em.persist(new ClientWait(request, now));
    }
  }

  public List<ClientWait.Interval> waits(long requestId) {
    return em.createNamedQuery(ClientWait.FIND_BY_REQUEST, ClientWait.class)
        .setParameter("request", requestId)
        .getResultStream()
        .map(ClientWait::interval)
        .toList();
  }

  /**
   * The client answered (the message is already kept): the wait ends, the consultant (or the staff)
   * hears of it, and the sender of a mail to a closed request is told how to file a new one.
   *
   * @param automatic the mail was sent by a machine (an auto-reply): nobody is answered
   */
  public void clientAnswered(
      ServiceRequest request, RequestMessage answer, Instant now, boolean automatic) {
    openWait(request).ifPresent(w -> w.end(now));
    em.flush();
    List<Long> consultant =
        request.getConsultant() == null ? List.of() : List.of(request.getConsultant().getId());
    notices.fire(
        new Notice(
            Notice.Kind.REQUEST_REPLY,
            consultant.isEmpty()
                ? Notice.Audience.role(Roles.STAFF)
                : Notice.Audience.users(consultant),
            "servicedesk.notice.clientReplied",
            List.of(request.getNumber(), request.getSubject(), answer.getSender()),
            "/servicedesk/request.xhtml?id=" + request.getId(),
            "request-reply:" + answer.getId()));
    if (!request.getStatus().isOpen()
        && answer.getKind() == RequestMessage.Kind.MAIL
        && !automatic) {
      closedAnswered(request, answer);
    }
  }

  /** Staff replied to the client: its administrators hear of it (with the portal's page). */
  public void staffReplied(ServiceRequest request, RequestMessage reply) {
    if (request.getClient() == null) {
      return;
    }
    notices.fire(
        new Notice(
            Notice.Kind.REQUEST_REPLY,
            Notice.Audience.clientAdministrators(request.getClient().getId()),
            "servicedesk.notice.staffReplied",
            List.of(request.getNumber(), request.getSubject()),
            "/servicedesk/portal/request.xhtml?number=" + request.getNumber(),
            "request-reply:" + reply.getId()));
  }

  private void closedAnswered(ServiceRequest request, RequestMessage answer) {
    String key = answer.getMessageId() == null ? "id:" + answer.getId() : answer.getMessageId();
    OutgoingMail mail =
        outbox.queue(
            Letter.to(answer.getSender())
                .bilingual()
                .template("servicedesk.closedReply", request.getNumber(), request.getSubject())
                .signedWith(SIGNATURE)
                .once(Notices.topic(request) + ":closed-reply:" + key)
                .about(Notices.topic(request))
                .inReplyTo(answer.getMessageId()));
    em.persist(
        new RequestMessage(
            request,
            RequestMessage.Direction.OUT,
            answer.getOccurredAt(),
            outbox.sender(),
            mail.getSubject(),
            mail.getBody(),
            mail.getMessageId()));
  }

  private Optional<ClientWait> openWait(ServiceRequest request) {
    return em.createNamedQuery(ClientWait.FIND_OPEN, ClientWait.class)
        .setParameter("request", request.getId())
        .getResultStream()
        .findFirst();
  }
}
