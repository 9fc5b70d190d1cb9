package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.servicedesk.control.ConfirmationLinks;
import bg.omegasoft.servicedesk.control.NewRequests;
import bg.omegasoft.servicedesk.control.Notices;
import bg.omegasoft.servicedesk.entity.Channel;
import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The confirmation of requests from the public form, which are held until then: by the person who
 * follows the link mailed to the address the request gave (no sign-in: the link is the proof that
 * the address is theirs), or by staff who confirmed it with the client by phone, with a note. Once
 * confirmed, the request is received as any other: tied to the client when the address is one of
 * the client's contacts (else it goes to the triage queue), acknowledged by e-mail.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class Confirmations {

  /** Where a link's request stands. */
  public enum State {
    WAITING,
    CONFIRMED,
    EXPIRED,
    /** Closed by staff without a confirmation (e.g. cancelled as not meant seriously). */
    CLOSED
  }

  /** What the confirmation page shows about the request of a link. */
  public record Pending(String number, String subject, Instant sentAt, Instant dueAt, State state) {

    /** Whether the link still confirms the request. */
    public boolean canConfirm() {
      return state == State.WAITING;
    }

    public boolean confirmed() {
      return state == State.CONFIRMED;
    }

    public boolean expired() {
      return state == State.EXPIRED;
    }

    public boolean closed() {
      return state == State.CLOSED;
    }
  }

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private Clients clients;
  @EJB private Notices notices;
  @EJB private NewRequests newRequests;
  @EJB private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  /** The request of a link, if the link is known (removed requests' links are not). */
  @PermitAll
  public Optional<Pending> of(String token) {
    return byToken(token, false).map(r -> pending(r, Instant.now(clock)));
  }

  /**
   * Confirms the request of a link; a link confirms once, and not after its time ran out (both are
   * answered with the request's state, nothing changes).
   */
  @PermitAll
  public Optional<Pending> confirm(String token) {
    Optional<ServiceRequest> found = byToken(token, true);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ServiceRequest request = found.get();
    Instant now = Instant.now(clock);
    if (request.isAwaitingConfirmation() && !request.isConfirmationExpiredAt(now)) {
      String who = request.getRequesterEmail();
      request.confirm(now, who, Channel.WEB_FORM, null);
      received(request, who, "link");
    }
    return Optional.of(pending(request, now));
  }

  /** Staff confirmed the held request with the client by phone; the note says with whom and how. */
  public ServiceRequest confirmByPhone(long id, int version, String note) {
    if (note == null || note.isBlank()) {
      throw new InvalidInputException("note", "sd.confirm.noteRequired");
    }
    ServiceRequest request = Store.edit(em, id, version);
    String caller = session.getCallerPrincipal().getName();
    request.confirm(Instant.now(clock), caller, Channel.PHONE, note);
    return received(request, caller, "phone: " + note);
  }

  private ServiceRequest received(ServiceRequest request, String actor, String how) {
    request.identify(
        clients.identify(request.getClaimedUic(), request.getRequesterEmail()).orElse(null));
    Store.flush(em, request);
    audit.recordAs(actor, "SR_CONFIRMED", Intake.AUDIT_SUBJECT, request.getNumber(), how);
    audit.recordAs(
        actor,
        "SR_TRANSITION",
        Intake.AUDIT_SUBJECT,
        request.getNumber(),
        RequestStatus.AWAITING_CONFIRMATION + " -> " + RequestStatus.NEW);
    notices.received(request, null);
    newRequests.arrived(request);
    return request;
  }

  private Optional<ServiceRequest> byToken(String token, boolean lock) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
      return Optional.empty();
    }
    return em.createNamedQuery(ServiceRequest.FIND_BY_CONFIRMATION, ServiceRequest.class)
        .setParameter("hash", ConfirmationLinks.hash(token))
        .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
        .getResultStream()
        .findFirst();
  }

  private static Pending pending(ServiceRequest request, Instant now) {
    State state;
    if (request.getConfirmedAt() != null) {
      state = State.CONFIRMED;
    } else if (!request.isAwaitingConfirmation()) {
      state = State.CLOSED;
    } else {
      state = request.isConfirmationExpiredAt(now) ? State.EXPIRED : State.WAITING;
    }
    return new Pending(
        request.getNumber(),
        request.getSubject(),
        request.getTransitions().get(0).getOccurredAt(),
        request.getConfirmationDueAt(),
        state);
  }
}
