package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.clients.entity.Licence;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.organisation.boundary.OrganisationSettings;
import bg.omegasoft.servicedesk.control.Consultants;
import bg.omegasoft.servicedesk.control.Notices;
import bg.omegasoft.servicedesk.control.ProtocolPdf;
import bg.omegasoft.servicedesk.entity.BookingSlot;
import bg.omegasoft.servicedesk.entity.ExpressClock;
import bg.omegasoft.servicedesk.entity.IdentityChecks;
import bg.omegasoft.servicedesk.entity.MailIntakeRecord;
import bg.omegasoft.servicedesk.entity.Protocol;
import bg.omegasoft.servicedesk.entity.RequestMessage;
import bg.omegasoft.servicedesk.entity.RequestRuleException;
import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.servicedesk.entity.WorkLogEntry;
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
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The staff's work on requests: work lists, triage, the procedures of each type, the work log, the
 * protocol, cancellation. Each change is checked against the version the editor saw, so a second
 * editor gets a clear conflict instead of overwriting, and every change of status is audited.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class ServiceRequests {

  static final int LIST_LIMIT = 500;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private Clients clients;
  @EJB private Consultants consultants;
  @EJB private Notices notices;
  @EJB private AuditTrail audit;
  @EJB private OrganisationSettings organisation;

  private final Clock clock = Clock.systemUTC();

  public List<ServiceRequest> search(RequestFilter filter) {
    StringBuilder jpql =
        new StringBuilder("select r from ServiceRequest r left join r.client c where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (filter.statuses() == null || filter.statuses().isEmpty()) {
      jpql.append(" and r.status not in :closed");
      parameters.put(
          "closed",
          List.of(
              RequestStatus.PROTOCOL_ACCEPTED,
              RequestStatus.CANCELLED,
              RequestStatus.AWAITING_CONFIRMATION));
    } else {
      jpql.append(" and r.status in :statuses");
      parameters.put("statuses", List.copyOf(filter.statuses()));
    }
    if (filter.type() != null) {
      jpql.append(" and r.type = :type");
      parameters.put("type", filter.type());
    }
    if (filter.channel() != null) {
      jpql.append(" and r.channel = :channel");
      parameters.put("channel", filter.channel());
    }
    if (filter.clientId() != null) {
      jpql.append(" and r.client.id = :client");
      parameters.put("client", filter.clientId());
    }
    if (filter.consultantId() != null) {
      jpql.append(" and r.appointment.consultant.id = :consultant");
      parameters.put("consultant", filter.consultantId());
    }
    if (filter.triageQueue()) {
      jpql.append(" and r.client is null and r.type <> :offer");
      parameters.put("offer", RequestType.OFFER);
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      jpql.append(
          " and (upper(r.number) like :text or upper(r.subject) like :text"
              + " or upper(r.requester.name) like :text or upper(r.requester.email) like :text"
              + " or upper(r.requester.companyName) like :text"
              + " or upper(r.requester.claimedUic) like :text"
              + " or upper(c.name) like :text)");
      parameters.put("text", "%" + filter.text().strip().toUpperCase(Locale.ROOT) + "%");
    }
    jpql.append(" order by r.receivedAt desc");
    TypedQuery<ServiceRequest> typed = em.createQuery(jpql.toString(), ServiceRequest.class);
    parameters.forEach(typed::setParameter);
    return typed.setMaxResults(LIST_LIMIT).getResultList();
  }

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

  public List<WorkLogEntry> workLog(long requestId) {
    return em.createNamedQuery(WorkLogEntry.FIND_BY_REQUEST, WorkLogEntry.class)
        .setParameter("request", requestId)
        .getResultList();
  }

  public Optional<Protocol> protocol(long requestId) {
    return em.createNamedQuery(Protocol.FIND_BY_REQUEST, Protocol.class)
        .setParameter("request", requestId)
        .getResultStream()
        .findFirst();
  }

  /** Staff sort a new request: the client it belongs to and its type. */
  public ServiceRequest triage(long id, int version, Long clientId, RequestType type) {
    ServiceRequest request = Store.edit(em, id, version);
    RequestStatus from = request.getStatus();
    request.triage(clientId == null ? null : clients.find(clientId), type, now(), caller());
    return saved(request, from, null);
  }

  /** The consultant starts the work (stops the express clock). */
  public ServiceRequest start(long id, int version) {
    ServiceRequest request = Store.edit(em, id, version);
    RequestStatus from = request.getStatus();
    request.start(consultants.byUsername(caller()), now(), caller());
    return saved(request, from, null);
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

  /** The consultant logs work: start, end, what was done. Billing prices this time. */
  public WorkLogEntry logWork(long id, Instant start, Instant end, String workDone) {
    ServiceRequest request = Store.find(em, id);
    WorkLogEntry entry = new WorkLogEntry(request, caller(), start, end, workDone, now());
    em.persist(entry);
    em.flush();
    audit.record(
        "SR_WORK_LOGGED", Intake.AUDIT_SUBJECT, request.getNumber(), entry.minutes() + " min");
    return entry;
  }

  /**
   * The consultant writes and signs the protocol: the request is done and waits for the client's
   * acceptance. A change of licence owner takes effect here, keeping the owner history.
   */
  public ServiceRequest writeProtocol(
      long id, int version, String workDone, Integer minutes, String result) {
    ServiceRequest request = Store.edit(em, id, version);
    if (request.getStatus() != RequestStatus.IN_PROGRESS) {
      throw new RequestRuleException("sd.rule.protocolNotNow");
    }
    int total =
        minutes != null
            ? minutes
            : (int) workLog(id).stream().mapToLong(WorkLogEntry::minutes).sum();
    Protocol protocol = protocol(id).orElseGet(() -> new Protocol(request));
    protocol.write(workDone, total, result, caller(), now());
    if (protocol.getId() == null) {
      em.persist(protocol);
    }
    RequestStatus from = request.getStatus();
    request.complete(now(), caller());
    if (request.getType() == RequestType.LICENCE_OWNER_CHANGE) {
      clients.transferLicence(
          request.getLicenceId(),
          request.getToClient().getId(),
          request.getLegalGround(),
          request.getNumber());
    }
    saved(request, from, null);
    notices.protocolWritten(request, consultants.byUsername(caller()).getFullName());
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
    return saved(request, from, null);
  }

  /** Back to work after the client disputed the protocol. */
  public ServiceRequest reopen(long id, int version) {
    ServiceRequest request = Store.edit(em, id, version);
    RequestStatus from = request.getStatus();
    request.reopen(now(), caller());
    return saved(request, from, null);
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
    return saved(request, from, reason);
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

  /** Running express clocks, earliest deadline first. */
  public List<ServiceRequest> runningExpress() {
    return em.createNamedQuery(ServiceRequest.FIND_RUNNING_EXPRESS, ServiceRequest.class)
        .setParameter("type", RequestType.EXPRESS)
        .setParameter(
            "open",
            List.copyOf(
                EnumSet.of(RequestStatus.NEW, RequestStatus.TRIAGED, RequestStatus.SCHEDULED)))
        .getResultList();
  }

  public ExpressClock.State expressState(ServiceRequest request) {
    ExpressClock clock = request.expressClock();
    return clock == null ? null : clock.stateAt(now());
  }

  public byte[] protocolPdf(long id) {
    ServiceRequest request = Store.find(em, id);
    Protocol protocol =
        protocol(id).orElseThrow(() -> new NotFoundException("Protocol", request.getNumber()));
    return ProtocolPdf.render(organisation.current().letterhead(), request, protocol, workLog(id));
  }

  /** The latest mails read from the mailbox, with what became of each (and why, if set aside). */
  public List<MailIntakeRecord> recentIntake(int max) {
    return em.createNamedQuery(MailIntakeRecord.FIND_RECENT, MailIntakeRecord.class)
        .setMaxResults(max)
        .getResultList();
  }

  public List<User> consultants() {
    return consultants.all();
  }

  private ServiceRequest saved(ServiceRequest request, RequestStatus from, String note) {
    Store.flush(em, request);
    if (from != request.getStatus()) {
      audit.record(
          "SR_TRANSITION",
          Intake.AUDIT_SUBJECT,
          request.getNumber(),
          from + " -> " + request.getStatus() + (note == null ? "" : ": " + note));
    }
    return request;
  }

  private Instant now() {
    return Instant.now(clock);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
