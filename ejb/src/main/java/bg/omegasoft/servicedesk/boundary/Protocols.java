package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.identity.boundary.FullNames;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.organisation.boundary.OrganisationSettings;
import bg.omegasoft.servicedesk.control.AcceptanceLinks;
import bg.omegasoft.servicedesk.control.ConfirmationLinks;
import bg.omegasoft.servicedesk.control.Consultants;
import bg.omegasoft.servicedesk.control.Notices;
import bg.omegasoft.servicedesk.control.ProtocolPdf;
import bg.omegasoft.servicedesk.entity.Protocol;
import bg.omegasoft.servicedesk.entity.ReceivedAnswer;
import bg.omegasoft.servicedesk.entity.RequestRuleException;
import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.servicedesk.entity.WorkLogEntry;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.boundary.Notice;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The consultant's record of the work on a request: the work log (the time billing prices), the
 * protocol written and signed when the work is done (a change of licence owner takes effect then),
 * and the protocol's PDF.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class Protocols {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private Clients clients;
  @EJB private Consultants consultants;
  @EJB private Notices notices;
  @EJB private AuditTrail audit;
  @EJB private OrganisationSettings organisation;
  @EJB private FullNames fullNames;
  @Inject private Event<Notice> notice;

  private final Clock clock = Clock.systemUTC();

  public List<WorkLogEntry> workLog(long requestId) {
    return em.createNamedQuery(WorkLogEntry.FIND_BY_REQUEST, WorkLogEntry.class)
        .setParameter("request", requestId)
        .getResultList();
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

  public Optional<Protocol> protocol(long requestId) {
    return em.createNamedQuery(Protocol.FIND_BY_REQUEST, Protocol.class)
        .setParameter("request", requestId)
        .getResultStream()
        .findFirst();
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
    Store.saved(em, audit, request, from, null);
    askClient(request, protocol);
    return request;
  }

  /**
   * The client is asked to answer: the requester by e-mail (the PDF and a one-time link that needs
   * no account), the client's administrators by a notice that links the portal.
   */
  private void askClient(ServiceRequest request, Protocol protocol) {
    String token = ConfirmationLinks.newToken();
    protocol.offerLink(ConfirmationLinks.hash(token), now().plus(AcceptanceLinks.validity()));
    String consultant = consultants.byUsername(caller()).getFullName();
    notices.protocolWritten(
        request,
        new Notices.ProtocolLetter(
            consultant,
            protocol.getRevision(),
            token,
            protocol.getLink().getDueAt(),
            protocolPdf(request.getId())));
    if (request.getClient() != null) {
      notice.fire(
          new Notice(
              Notice.Kind.PROTOCOL_TO_ACCEPT,
              Notice.Audience.clientAdministrators(request.getClient().getId()),
              "notice.protocolToAccept",
              List.of(request.getNumber(), consultant),
              "/servicedesk/portal/request.xhtml?number=" + request.getNumber(),
              "protocol-to-accept:" + request.getNumber() + ":" + protocol.getRevision()));
    }
  }

  /**
   * Staff record the client's answer received on paper, by e-mail or otherwise, with the scan
   * already kept in the client's PDM space ({@link ReceivedProtocols} stores it first). Accepted,
   * the work becomes billable; disputed, the consultant takes it up again.
   */
  public ServiceRequest recordReceived(
      long id, int version, ReceivedAnswer answer, Protocol.Evidence evidence) {
    ServiceRequest request = answerable(id, version);
    Protocol protocol = protocol(id).orElseThrow();
    Instant now = now();
    protocol.recordReceived(answer, evidence, caller(), now);
    String who = answer.signer() + " (" + answer.via() + ", " + caller() + ")";
    if (protocol.getDecision() == Protocol.Decision.ACCEPTED) {
      request.protocolAccepted(now, caller());
    } else {
      request.protocolDisputed(now, caller(), protocol.getClientComment());
    }
    Store.flush(em, request);
    audit.record(
        protocol.getDecision() == Protocol.Decision.ACCEPTED
            ? "SR_PROTOCOL_ACCEPTED"
            : "SR_PROTOCOL_DISPUTED",
        Intake.AUDIT_SUBJECT,
        request.getNumber(),
        who + ", evidence PDM file " + evidence.fileId());
    audit.record(
        "SR_TRANSITION",
        Intake.AUDIT_SUBJECT,
        request.getNumber(),
        "DONE -> " + request.getStatus());
    return request;
  }

  /** The request of a protocol that waits for the client's answer, as staff last saw it. */
  public ServiceRequest answerable(long id, int version) {
    ServiceRequest request = Store.find(em, id);
    if (request.getVersion() != version) {
      throw new RequestChangedException(request.getNumber());
    }
    if (!request.isWaitingForClient() || protocol(id).isEmpty()) {
      throw new RequestRuleException("sd.rule.protocolDecided");
    }
    return request;
  }

  public byte[] protocolPdf(long id) {
    ServiceRequest request = Store.find(em, id);
    Protocol protocol =
        protocol(id).orElseThrow(() -> new NotFoundException("Protocol", request.getNumber()));
    return ProtocolPdf.render(
        organisation.current().letterhead(),
        request,
        protocol,
        workLog(id),
        fullNames.of(Arrays.asList(protocol.getConsultant(), protocol.getClientSigner())));
  }

  private Instant now() {
    return Instant.now(clock);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
