package bg.omegasoft.pdm.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.organisation.boundary.OrganisationSettings;
import bg.omegasoft.pdm.control.RegisterPdf;
import bg.omegasoft.pdm.entity.LegalBasis;
import bg.omegasoft.pdm.entity.ProcessingActivity;
import bg.omegasoft.shared.boundary.AuditTrail;
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
import java.util.Locale;

/**
 * The vendor's register of processing activities (GDPR art. 30(1)), kept by ADMIN: the list, an
 * edit of one activity (both languages), and the register as a PDF for the supervisory authority.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ProcessingRecords {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;
  @EJB private OrganisationSettings organisation;

  private final Clock clock = Clock.systemUTC();

  /** What an ADMIN says about an activity. */
  public record Edit(
      ProcessingActivity.Role role,
      LegalBasis legalBasis,
      ProcessingActivity.Texts bulgarian,
      ProcessingActivity.Texts english) {}

  public List<ProcessingActivity> activities() {
    return em.createNamedQuery(ProcessingActivity.FIND_ALL, ProcessingActivity.class)
        .getResultList();
  }

  public ProcessingActivity activity(long id) {
    ProcessingActivity activity = em.find(ProcessingActivity.class, id);
    if (activity == null) {
      throw new RecordChangedException();
    }
    return activity;
  }

  /**
   * Saves an activity as edited from the given version; a concurrent change is refused, not
   * overwritten.
   */
  public ProcessingActivity save(long id, int version, Edit edit) {
    ProcessingActivity activity = activity(id);
    if (activity.getVersion() != version) {
      throw new RecordChangedException();
    }
    activity.describe(
        edit.role(),
        edit.legalBasis(),
        edit.bulgarian(),
        edit.english(),
        session.getCallerPrincipal().getName(),
        Instant.now(clock));
    audit.record("PROCESSING_ACTIVITY_CHANGED", "ProcessingActivity", activity.getCode(), null);
    return activity;
  }

  /** The register as a PDF in a language (Bulgarian or English). */
  public byte[] pdf(Locale locale) {
    return RegisterPdf.render(
        organisation.current().letterhead(), activities(), locale, Instant.now(clock));
  }
}
