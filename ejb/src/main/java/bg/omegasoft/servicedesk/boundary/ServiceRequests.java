package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.clients.entity.Licence;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.servicedesk.control.Consultants;
import bg.omegasoft.servicedesk.control.Notices;
import bg.omegasoft.servicedesk.entity.BookingSlot;
import bg.omegasoft.servicedesk.entity.IdentityChecks;
import bg.omegasoft.servicedesk.entity.RequestMessage;
import bg.omegasoft.servicedesk.entity.RequestRuleException;
import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The staff's work on one request: finding it, triage, starting the work, the procedures of each
 * type, completion without a protocol, reopening, cancellation. Each change is checked against the
 * version the editor saw, so a second editor gets a clear conflict instead of overwriting, and
 * every change of status is audited. The work log and the protocol are in {@link Protocols}, the
 * lists in {@link WorkLists}, booking visits in {@link Dispatch}.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class ServiceRequests {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private Clients clients;
  @EJB private Consultants consultants;
  @EJB private Notices notices;
  @EJB private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  public ServiceRequest find(long id) {
    return Store.find(em, id);
  }

  public ServiceRequest byNumber(String number) {
    return Store.byNumber(em, number);
  }

  /**
   * The status of a request for the API: staff see any, a client administrator only the own
   * company's (another company's answers "not found", so its existence is not revealed).
   */
  @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.CLIENT_ADMIN})
  public ServiceRequest visibleByNumber(String number) {
    ServiceRequest request = Store.byNumber(em, number);
    if (session.isCallerInRole(Roles.STAFF) || session.isCallerInRole(Roles.ADMIN)) {
      return request;
    }
    Optional<Client> mine = clients.mine();
    if (mine.isEmpty()
        || request.getClient() == null
        || !request.getClient().getId().equals(mine.get().getId())) {
      throw new NotFoundException("ServiceRequest", number);
    }
    return request;
  }

  public List<RequestMessage> messages(long requestId) {
    return em.createNamedQuery(RequestMessage.FIND_BY_REQUEST, RequestMessage.class)
        .setParameter("request", requestId)
        .getResultList();
  }

  /** Staff sort a new request: the client it belongs to and its type. */
  public ServiceRequest triage(long id, int version, Long clientId, RequestType type) {
    ServiceRequest request = Store.edit(em, id, version);
    RequestStatus from = request.getStatus();
    request.triage(clientId == null ? null : clients.find(clientId), type, now(), caller());
    return Store.saved(em, audit, request, from, null);
  }

  /** The consultant starts the work (stops the express clock). */
  public ServiceRequest start(long id, int version) {
    ServiceRequest request = Store.edit(em, id, version);
    RequestStatus from = request.getStatus();
    request.start(consultants.byUsername(caller()), now(), caller());
    return Store.saved(em, audit, request, from, null);
  }

  public ServiceRequest tick(long id, int version, IdentityChecks.Step step, boolean done) {
    ServiceRequest request = Store.edit(em, id, version);
    request.tick(step, done);
    Store.flush(em, request);
    audit.record("SR_CHECK", Intake.AUDIT_SUBJECT, request.getNumber(), step + "=" + done);
    return request;
  }

  /** The facts of a change of licence owner: which licence, to whom, on what legal ground. */
  public ServiceRequest describeLicenceChange(
      long id, int version, Long licenceId, Long toClientId, String legalGround, String pdmRefs) {
    ServiceRequest request = Store.edit(em, id, version);
    if (licenceId == null) {
      throw new InvalidInputException("licence", "sd.licence.required");
    }
    if (toClientId == null) {
      throw new InvalidInputException("toClient", "sd.licence.toRequired");
    }
    if (legalGround == null || legalGround.isBlank()) {
      throw new InvalidInputException("legalGround", "sd.licence.groundRequired");
    }
    Licence licence = clients.licence(licenceId);
    Client to = clients.find(toClientId);
    if (to.getId().equals(licence.getOwner().getId())) {
      throw new InvalidInputException("toClient", "licence.sameOwner");
    }
    request.describeLicenceChange(licenceId, licence.getOwner(), to, legalGround, pdmRefs);
    Store.flush(em, request);
    audit.record(
        "SR_LICENCE_CHANGE", Intake.AUDIT_SUBJECT, request.getNumber(), licence.getNumber());
    return request;
  }

  /** Offers and referrals end without a protocol: staff mark them done. */
  public ServiceRequest complete(long id, int version) {
    ServiceRequest request = Store.edit(em, id, version);
    if (request.getType().needsProtocol()) {
      throw new RequestRuleException("sd.rule.protocolRequired");
    }
    RequestStatus from = request.getStatus();
    request.complete(now(), caller());
    return Store.saved(em, audit, request, from, null);
  }

  /** Back to work after the client disputed the protocol. */
  public ServiceRequest reopen(long id, int version) {
    ServiceRequest request = Store.edit(em, id, version);
    RequestStatus from = request.getStatus();
    request.reopen(now(), caller());
    return Store.saved(em, audit, request, from, null);
  }

  public ServiceRequest cancel(long id, int version, String reason) {
    ServiceRequest request = Store.edit(em, id, version);
    RequestStatus from = request.getStatus();
    Instant start = request.getScheduledStart();
    Instant end = request.getScheduledEnd();
    request.cancel(now(), caller(), reason);
    em.createNamedQuery(BookingSlot.DELETE_OF_REQUEST)
        .setParameter("request", request.getId())
        .executeUpdate();
    if (from == RequestStatus.SCHEDULED) {
      notices.cancellation(request, start, end);
    }
    return Store.saved(em, audit, request, from, reason);
  }

  /** Staff record by hand that the recommended company became a client (the reward is due). */
  public ServiceRequest recordReward(long id, int version, long prospectClientId) {
    ServiceRequest request = Store.edit(em, id, version);
    if (!request.recordReward(clients.find(prospectClientId), now())) {
      throw new RequestRuleException("sd.rule.rewardNotDue");
    }
    Store.flush(em, request);
    audit.record("SR_REFERRAL_REWARD", Intake.AUDIT_SUBJECT, request.getNumber(), null);
    return request;
  }

  private Instant now() {
    return Instant.now(clock);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
