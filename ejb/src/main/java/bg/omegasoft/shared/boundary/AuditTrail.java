package bg.omegasoft.shared.boundary;

import bg.omegasoft.shared.entity.AuditEvent;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Records who did what, when and from where; every capability writes here. */
@Stateless
@RolesAllowed("ADMIN")
public class AuditTrail {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private RequestOrigin origin;

  private final Clock clock = Clock.systemUTC();

  /**
   * Records an action of the current caller in the caller's transaction, so the record exists
   * exactly when the change it describes does.
   */
  @PermitAll
  public void record(String action, String subjectType, Object subjectId, String detail) {
    recordAs(session.getCallerPrincipal().getName(), action, subjectType, subjectId, detail);
  }

  /** Records an action of a named actor (e.g. the user name tried at a failed sign-in). */
  @PermitAll
  public void recordAs(
      String actor, String action, String subjectType, Object subjectId, String detail) {
    em.persist(
        new AuditEvent(
            Instant.now(clock),
            actor,
            action,
            subjectType,
            subjectId == null ? null : subjectId.toString(),
            detail,
            origin.address()));
  }

  /** Records in a transaction of its own: kept even when the caller's transaction rolls back. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordSeparately(
      String actor, String action, String subjectType, Object subjectId, String detail) {
    recordAs(actor, action, subjectType, subjectId, detail);
  }

  public List<AuditEvent> recent(int max) {
    return em.createNamedQuery(AuditEvent.FIND_RECENT, AuditEvent.class)
        .setMaxResults(max)
        .getResultList();
  }

  public List<AuditEvent> ofSubject(String subjectType, Object subjectId, int max) {
    return em.createNamedQuery(AuditEvent.FIND_BY_SUBJECT, AuditEvent.class)
        .setParameter("type", subjectType)
        .setParameter("id", subjectId.toString())
        .setMaxResults(max)
        .getResultList();
  }

  /** Events a person did or that concern their account, oldest first (data subject access). */
  public List<AuditEvent> about(String username, Object userId) {
    return em.createNamedQuery(AuditEvent.FIND_ABOUT, AuditEvent.class)
        .setParameter("actor", username)
        .setParameter("type", "User")
        .setParameter("id", userId.toString())
        .getResultList();
  }

  /**
   * Replaces a person's user name in the trail by a pseudonym (erasure): the events stay for
   * accountability, but no longer name the person. Answers how many events changed.
   */
  public int pseudonymise(String username, String pseudonym) {
    return em.createQuery("update AuditEvent e set e.actor = :pseudonym where e.actor = :actor")
            .setParameter("pseudonym", pseudonym)
            .setParameter("actor", username)
            .executeUpdate()
        + em.createQuery("update AuditEvent e set e.detail = :pseudonym where e.detail = :actor")
            .setParameter("pseudonym", pseudonym)
            .setParameter("actor", username)
            .executeUpdate();
  }
}
