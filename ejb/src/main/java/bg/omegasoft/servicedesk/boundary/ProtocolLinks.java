package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.organisation.boundary.BusinessCalendar;
import bg.omegasoft.organisation.boundary.OrganisationSettings;
import bg.omegasoft.organisation.entity.WorkingCalendar;
import bg.omegasoft.servicedesk.control.AcceptanceLinks;
import bg.omegasoft.servicedesk.control.ConfirmationLinks;
import bg.omegasoft.servicedesk.control.Consultants;
import bg.omegasoft.servicedesk.control.Notices;
import bg.omegasoft.servicedesk.control.ProtocolPdf;
import bg.omegasoft.servicedesk.entity.AnswerVia;
import bg.omegasoft.servicedesk.entity.Protocol;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.servicedesk.entity.WorkLogEntry;
import bg.omegasoft.shared.boundary.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The client's answer to a protocol by the link mailed to the requester, without an account: the
 * link is the proof that the mail reached its addressee. A link answers once, before its deadline,
 * and only while nobody answered otherwise (in the portal, or to staff on paper); whichever answer
 * comes first wins, a later one is refused and changes nothing.
 */
@Stateless
@PermitAll
public class ProtocolLinks {

  /** What the public page shows of the protocol of a link. */
  public record Linked(
      String number,
      String subject,
      String workDone,
      int minutes,
      String result,
      String consultant,
      Instant signedAt,
      Instant dueAt,
      Protocol.LinkState state,
      Protocol.Decision decision) {

    /** The time of the work in hours, as the client reads it. */
    public BigDecimal hours() {
      return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    public boolean open() {
      return state == Protocol.LinkState.OPEN;
    }

    public boolean decided() {
      return state == Protocol.LinkState.DECIDED;
    }

    public boolean expired() {
      return state == Protocol.LinkState.EXPIRED;
    }

    public boolean accepted() {
      return decision == Protocol.Decision.ACCEPTED;
    }
  }

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;
  @EJB private Notices notices;
  @EJB private OrganisationSettings organisation;
  @EJB private Consultants consultants;
  @EJB private BusinessCalendar businessCalendar;

  private final Clock clock = Clock.systemUTC();

  /** The protocol of a link, if the link is known (a replaced link is not). */
  public Optional<Linked> of(String token) {
    return byToken(token, false).map(p -> linked(p, Instant.now(clock)));
  }

  /** Accepts the protocol with a rating (1–5): the work becomes billable. */
  public Optional<Linked> accept(String token, String signer, int rating, String comment) {
    return answer(
        token,
        (protocol, now) -> {
          protocol.accept(rating, comment, signer(signer), AnswerVia.LINK, now);
          ServiceRequest request = protocol.getRequest();
          request.protocolAccepted(now, actor(request));
          record(request, "SR_PROTOCOL_ACCEPTED", "link, rating " + rating, "PROTOCOL_ACCEPTED");
        });
  }

  /** Disputes the protocol, saying why; the consultant takes it up again. */
  public Optional<Linked> dispute(String token, String signer, String reason) {
    return answer(
        token,
        (protocol, now) -> {
          protocol.dispute(reason, signer(signer), AnswerVia.LINK, now);
          ServiceRequest request = protocol.getRequest();
          request.protocolDisputed(now, actor(request), protocol.getClientComment());
          record(request, "SR_PROTOCOL_DISPUTED", "link: " + reason, "DISPUTED");
        });
  }

  /** The protocol's PDF, while the link is known and not expired. */
  public Optional<byte[]> pdf(String token) {
    Instant now = Instant.now(clock);
    return byToken(token, false)
        .filter(p -> p.linkStateAt(now) != Protocol.LinkState.EXPIRED)
        .map(this::render);
  }

  /**
   * Reminds the requester once of each protocol still unanswered {@link
   * AcceptanceLinks#reminderDays()} working days after it was signed, with a fresh link (which
   * replaces the first: only the hash of a link is kept, so the first cannot be sent again).
   * Answers how many were reminded. Safe when several servers run it: a protocol is reminded in the
   * transaction that marks it (a second server's change of the same protocol fails on its version),
   * and the reminder's once-key lets the outbox send it only once.
   */
  public int remindUnanswered(Instant now) {
    List<Protocol> unanswered =
        em.createNamedQuery(Protocol.FIND_UNREMINDED, Protocol.class)
            .setParameter(
                "signedBefore", now.minus(Duration.ofDays(AcceptanceLinks.reminderDays())))
            .getResultList();
    int reminded = 0;
    WorkingCalendar calendar = businessCalendar.calendar();
    for (Protocol protocol : unanswered) {
      ServiceRequest request = protocol.getRequest();
      if (!request.isWaitingForClient()
          || !AcceptanceLinks.reminderDue(protocol.getConsultantSignedAt(), now, calendar)) {
        continue;
      }
      String token = ConfirmationLinks.newToken();
      protocol.reminded(ConfirmationLinks.hash(token), now.plus(AcceptanceLinks.validity()), now);
      notices.protocolReminder(
          request,
          new Notices.ProtocolLetter(
              consultantOf(protocol),
              protocol.getRevision(),
              token,
              protocol.getLink().getDueAt(),
              render(protocol)));
      audit.recordAs(
          "system", "SR_PROTOCOL_REMINDED", Intake.AUDIT_SUBJECT, request.getNumber(), null);
      reminded++;
    }
    return reminded;
  }

  private interface Answer {
    void give(Protocol protocol, Instant now);
  }

  private Optional<Linked> answer(String token, Answer answer) {
    Optional<Protocol> found = byToken(token, true);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Protocol protocol = found.get();
    Instant now = Instant.now(clock);
    if (protocol.linkStateAt(now) == Protocol.LinkState.OPEN) {
      answer.give(protocol, now);
      Store.flush(em, protocol.getRequest());
    }
    return Optional.of(linked(protocol, now));
  }

  private void record(ServiceRequest request, String action, String detail, String to) {
    String actor = actor(request);
    audit.recordAs(actor, action, Intake.AUDIT_SUBJECT, request.getNumber(), detail);
    audit.recordAs(
        actor, "SR_TRANSITION", Intake.AUDIT_SUBJECT, request.getNumber(), "DONE -> " + to);
  }

  /** Who answered by the link: the address it was mailed to. */
  private static String actor(ServiceRequest request) {
    String email = request.getRequesterEmail();
    return email != null ? email : request.getClient().getEmail();
  }

  private static String signer(String signer) {
    return signer == null || signer.isBlank() ? null : signer.strip();
  }

  private byte[] render(Protocol protocol) {
    ServiceRequest request = protocol.getRequest();
    List<WorkLogEntry> log =
        em.createNamedQuery(WorkLogEntry.FIND_BY_REQUEST, WorkLogEntry.class)
            .setParameter("request", request.getId())
            .getResultList();
    return ProtocolPdf.render(
        organisation.current().letterhead(),
        request,
        protocol,
        log,
        consultants.fullNames(Arrays.asList(protocol.getConsultant(), protocol.getClientSigner())));
  }

  private Linked linked(Protocol protocol, Instant now) {
    ServiceRequest request = protocol.getRequest();
    return new Linked(
        request.getNumber(),
        request.getSubject(),
        protocol.getWorkDone(),
        protocol.getMinutes(),
        protocol.getResult(),
        consultantOf(protocol),
        protocol.getConsultantSignedAt(),
        protocol.getLink().getDueAt(),
        protocol.linkStateAt(now),
        protocol.getDecision());
  }

  private String consultantOf(Protocol protocol) {
    return consultants.fullNames(List.of(protocol.getConsultant())).get(protocol.getConsultant());
  }

  private Optional<Protocol> byToken(String token, boolean lock) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
      return Optional.empty();
    }
    return em.createNamedQuery(Protocol.FIND_BY_LINK, Protocol.class)
        .setParameter("hash", ConfirmationLinks.hash(token))
        .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
        .getResultStream()
        .findFirst();
  }
}
