package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.identity.boundary.FullNames;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.organisation.boundary.OrganisationSettings;
import bg.omegasoft.servicedesk.control.ProtocolPdf;
import bg.omegasoft.servicedesk.entity.Protocol;
import bg.omegasoft.servicedesk.entity.RequestRuleException;
import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.servicedesk.entity.WorkLogEntry;
import bg.omegasoft.shared.boundary.AuditTrail;
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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The client portal of the service desk for a client administrator: the own company's requests and
 * their status (when and by whom the service will be done), and the client's side of the two-sided
 * protocol: accept with a rating, or dispute. Another company's requests do not exist here.
 */
@Stateless
@RolesAllowed(Roles.CLIENT_ADMIN)
public class ClientPortal {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private Clients clients;
  @EJB private AuditTrail audit;
  @EJB private OrganisationSettings organisation;
  @EJB private FullNames fullNames;

  private final Clock clock = Clock.systemUTC();

  public Optional<Client> myCompany() {
    return clients.mine();
  }

  public List<ServiceRequest> myRequests() {
    return myCompany()
        .map(
            c ->
                em.createNamedQuery(ServiceRequest.FIND_BY_CLIENT, ServiceRequest.class)
                    .setParameter("client", c.getId())
                    .getResultList())
        .orElse(List.of());
  }

  public ServiceRequest myRequest(String number) {
    ServiceRequest request = Store.byNumber(em, number);
    Client mine = myCompany().orElse(null);
    if (mine == null
        || request.getClient() == null
        || !request.getClient().getId().equals(mine.getId())) {
      throw new NotFoundException("ServiceRequest", number);
    }
    return request;
  }

  public Optional<Protocol> protocol(String number) {
    return protocolOf(myRequest(number));
  }

  public List<WorkLogEntry> workLog(String number) {
    return em.createNamedQuery(WorkLogEntry.FIND_BY_REQUEST, WorkLogEntry.class)
        .setParameter("request", myRequest(number).getId())
        .getResultList();
  }

  /** Accepts the protocol with a rating of the quality (1–5): the work becomes billable. */
  public ServiceRequest accept(String number, int version, int rating, String comment) {
    ServiceRequest request = decidable(number, version);
    Protocol protocol = protocolOf(request).orElseThrow();
    protocol.accept(rating, comment, caller(), now());
    request.protocolAccepted(now(), caller());
    Store.flush(em, request);
    audit.record(
        "SR_PROTOCOL_ACCEPTED", Intake.AUDIT_SUBJECT, request.getNumber(), "rating " + rating);
    audit.record(
        "SR_TRANSITION", Intake.AUDIT_SUBJECT, request.getNumber(), "DONE -> PROTOCOL_ACCEPTED");
    return request;
  }

  /** Disputes the protocol, saying why; the consultant takes it up again. */
  public ServiceRequest dispute(String number, int version, String reason) {
    ServiceRequest request = decidable(number, version);
    Protocol protocol = protocolOf(request).orElseThrow();
    protocol.dispute(reason, caller(), now());
    request.protocolDisputed(now(), caller(), reason);
    Store.flush(em, request);
    audit.record("SR_PROTOCOL_DISPUTED", Intake.AUDIT_SUBJECT, request.getNumber(), reason);
    audit.record("SR_TRANSITION", Intake.AUDIT_SUBJECT, request.getNumber(), "DONE -> DISPUTED");
    return request;
  }

  public byte[] protocolPdf(String number) {
    ServiceRequest request = myRequest(number);
    Protocol protocol =
        protocolOf(request).orElseThrow(() -> new NotFoundException("Protocol", number));
    return ProtocolPdf.render(
        organisation.current().letterhead(),
        request,
        protocol,
        workLog(number),
        fullNames.of(Arrays.asList(protocol.getConsultant(), protocol.getClientSigner())));
  }

  private ServiceRequest decidable(String number, int version) {
    ServiceRequest request = myRequest(number);
    if (request.getVersion() != version) {
      throw new RequestChangedException(number);
    }
    if (request.getStatus() != RequestStatus.DONE || protocolOf(request).isEmpty()) {
      throw new RequestRuleException("sd.rule.nothingToDecide");
    }
    return request;
  }

  private Optional<Protocol> protocolOf(ServiceRequest request) {
    return em.createNamedQuery(Protocol.FIND_BY_REQUEST, Protocol.class)
        .setParameter("request", request.getId())
        .getResultStream()
        .findFirst();
  }

  private Instant now() {
    return Instant.now(clock);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
