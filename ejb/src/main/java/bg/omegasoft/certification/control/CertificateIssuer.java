package bg.omegasoft.certification.control;

import bg.omegasoft.assessment.boundary.FinalTestPassed;
import bg.omegasoft.certification.entity.Certificate;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.organisation.boundary.OrganisationSettings;
import bg.omegasoft.shared.boundary.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Issues the certificate when a final attempt passes, in the same transaction. The holder's account
 * row is locked first, so two passes at once (two tests of one programme) issue one certificate; a
 * retake after a pass issues none (the database's unique key holds it too).
 */
@ApplicationScoped
public class CertificateIssuer {

  @PersistenceContext private EntityManager em;
  @EJB private OrganisationSettings organisation;
  @EJB private AuditTrail audit;

  void onPassed(@Observes FinalTestPassed passed) {
    User holder = em.find(User.class, passed.trainee().getId(), LockModeType.PESSIMISTIC_WRITE);
    var version = passed.programmeVersion();
    boolean exists =
        !em.createNamedQuery(Certificate.FIND_CURRENT, Certificate.class)
            .setParameter("holderId", holder.getId())
            .setParameter("programmeId", version.getProgramme().getId())
            .setParameter("level", version.getProgramme().getLevel())
            // a locking read sees what a transaction that held the lock before has committed
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList()
            .isEmpty();
    if (exists) {
      return;
    }
    Certificate certificate =
        Certificate.issue(
            holder,
            version,
            passed.attemptId(),
            passed.scorePercent(),
            organisation.current(),
            VerificationCodes.next(),
            passed.submittedAt() == null ? Instant.now() : passed.submittedAt());
    em.persist(certificate);
    em.flush();
    certificate.numberFrom(certificate.getId());
    em.flush();
    audit.recordAs(
        "server",
        "CERTIFICATE_ISSUED",
        "Certificate",
        certificate.getId(),
        certificate.getNumber() + " " + holder.getUsername() + " attempt " + passed.attemptId());
  }
}
