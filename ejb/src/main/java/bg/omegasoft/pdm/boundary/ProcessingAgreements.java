package bg.omegasoft.pdm.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.pdm.control.PdmConfiguration;
import bg.omegasoft.pdm.entity.PdmFile;
import bg.omegasoft.pdm.entity.ProcessingAgreement;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The clients' data-processing agreements (GDPR art. 28): for every client with a PDM space, the
 * version it signed, when and by whom, and the signed scan in its space; clients without one, or
 * with an older version than the current one (setting {@code omex.pdm.dpaVersion}), are listed.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ProcessingAgreements {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  /** A client with a PDM space (or an agreement) and its agreement, if any. */
  public record Standing(
      long clientId, String clientName, ProcessingAgreement agreement, String currentVersion) {

    public boolean missing() {
      return agreement == null;
    }

    public boolean outdated() {
      return agreement != null && !agreement.isCurrent(currentVersion);
    }

    public boolean inOrder() {
      return !missing() && !outdated();
    }
  }

  /** What an ADMIN records of a signed agreement. */
  public record Signed(String docVersion, LocalDate signedOn, String signedBy, Long pdmFileId) {}

  public String currentVersion() {
    return PdmConfiguration.currentAgreementVersion();
  }

  /** Every client with a PDM space or an agreement, by name. */
  public List<Standing> overview() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select c.id, c.name from client c where c.id in"
                    + " (select client_id from pdm_space union select client_id from"
                    + " processing_agreement) order by c.name, c.id")
            .getResultList();
    String current = currentVersion();
    return rows.stream()
        .map(
            r -> {
              long id = ((Number) r[0]).longValue();
              return new Standing(
                  id, (String) r[1], em.find(ProcessingAgreement.class, id), current);
            })
        .toList();
  }

  /** The clients whose agreement is missing or outdated. */
  public List<Standing> lacking() {
    return overview().stream().filter(s -> !s.inOrder()).toList();
  }

  public Optional<ProcessingAgreement> of(long clientId) {
    return Optional.ofNullable(em.find(ProcessingAgreement.class, clientId));
  }

  /** Records (or replaces) a client's signed agreement; the scan must be a file of its space. */
  public ProcessingAgreement record(long clientId, Signed signed) {
    if (em.find(bg.omegasoft.clients.entity.Client.class, clientId) == null) {
      throw new UnknownSpaceException(clientId);
    }
    if (signed.pdmFileId() != null) {
      PdmFile file = em.find(PdmFile.class, signed.pdmFileId());
      if (file == null || file.getClientId() != clientId || !file.isActive()) {
        throw new InvalidInputException("pdmFileId", "pdm.dpa.file.invalid");
      }
    }
    ProcessingAgreement agreement = em.find(ProcessingAgreement.class, clientId);
    boolean created = agreement == null;
    if (created) {
      agreement = new ProcessingAgreement(clientId);
    }
    Instant now = Instant.now(clock);
    agreement.sign(
        signed.docVersion(),
        signed.signedOn(),
        signed.signedBy(),
        signed.pdmFileId(),
        LocalDate.ofInstant(now, SofiaTime.ZONE),
        session.getCallerPrincipal().getName(),
        now);
    if (created) {
      em.persist(agreement);
    }
    audit.record(
        "DPA_RECORDED",
        "Client",
        clientId,
        agreement.getDocVersion() + " " + agreement.getSignedOn());
    return agreement;
  }
}
