package bg.omegasoft.identity.boundary;

import bg.omegasoft.identity.entity.ApiToken;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.shared.boundary.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Removes API tokens that ended (revoked or expired) long ago; run by the {@code token-cleanup}
 * batch job. Tokens stay visible to their owners for {@link #KEEP_ENDED} after they end.
 */
@Stateless
@RolesAllowed({Roles.BATCH_OPERATOR, Roles.ADMIN})
public class TokenHousekeeping {

  public static final Duration KEEP_ENDED = Duration.ofDays(90);

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  /** Ids of tokens that ended before the keeping period. */
  public List<Long> endedLongAgo() {
    return em.createNamedQuery(ApiToken.FIND_ENDED_BEFORE, Long.class)
        .setParameter("cutoff", Instant.now(clock).minus(KEEP_ENDED))
        .getResultList();
  }

  /** Deletes the given tokens if they still qualify; answers how many went. */
  public int purge(List<Long> ids) {
    Instant cutoff = Instant.now(clock).minus(KEEP_ENDED);
    int removed = 0;
    for (Long id : ids) {
      ApiToken token = em.find(ApiToken.class, id);
      if (token != null && token.endedBefore(cutoff)) {
        em.remove(token);
        removed++;
      }
    }
    if (removed > 0) {
      audit.record("TOKENS_PURGED", "ApiToken", null, removed + " tokens");
    }
    return removed;
  }
}
