package bg.omegasoft.contracts.boundary;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.contracts.entity.Assessment;
import bg.omegasoft.contracts.entity.ContractRuleException;
import bg.omegasoft.contracts.entity.Decision;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The needs assessment that comes before every service contract: staff record the client's needs, a
 * named manager (ADMIN) approves that the vendor can deliver the volume and quality asked, or
 * refuses. Contracts are drafted from an approved assessment ({@link Contracts}).
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.FINANCE, Roles.ADMIN})
public class NeedsAssessments {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;
  @EJB private Clients clients;

  private final Clock clock = Clock.systemUTC();

  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  public Assessment recordAssessment(long clientId, Assessment.Needs needs) {
    Assessment assessment = new Assessment(clients.find(clientId), needs, now(), caller());
    em.persist(assessment);
    em.flush();
    audit.record("CONTRACT_ASSESSMENT_RECORDED", "Assessment", assessment.getId(), null);
    return assessment;
  }

  public Assessment assessment(long id) {
    Assessment assessment = em.find(Assessment.class, id);
    if (assessment == null) {
      throw new NotFoundException("Assessment", id);
    }
    return assessment;
  }

  public List<Assessment> assessments() {
    return em.createNamedQuery(Assessment.FIND_ALL, Assessment.class).getResultList();
  }

  public List<Assessment> awaitingDecision() {
    return em.createNamedQuery(Assessment.FIND_BY_DECISION, Assessment.class)
        .setParameter("decision", Decision.PENDING)
        .getResultList();
  }

  /**
   * The named manager approves: the vendor can deliver the volume and quality asked. Who and when
   * are recorded with the assessment and in the audit trail.
   */
  @RolesAllowed(Roles.ADMIN)
  public Assessment approve(long id, int version, boolean statementConfirmed, String note) {
    Assessment assessment = lockedAssessment(id, version);
    assessment.approve(statementConfirmed, note, caller(), callerName(), now());
    audit.record("CONTRACT_ASSESSMENT_APPROVED", "Assessment", id, note);
    return assessment;
  }

  @RolesAllowed(Roles.ADMIN)
  public Assessment refuse(long id, int version, String reason) {
    Assessment assessment = lockedAssessment(id, version);
    assessment.refuse(reason, caller(), callerName(), now());
    audit.record("CONTRACT_ASSESSMENT_REFUSED", "Assessment", id, reason);
    return assessment;
  }

  private Assessment lockedAssessment(long id, int version) {
    Assessment assessment = assessment(id);
    em.lock(assessment, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(assessment);
    if (assessment.getVersion() != version) {
      throw new ContractRuleException("contracts.changedMeanwhile");
    }
    return assessment;
  }

  private Instant now() {
    return Instant.now(clock);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private String callerName() {
    return em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
        .setParameter("username", caller())
        .getResultStream()
        .findFirst()
        .map(User::getFullName)
        .orElse(caller());
  }
}
