package bg.omegasoft.identity.control;

import bg.omegasoft.identity.entity.ApiToken;
import bg.omegasoft.identity.entity.User;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Puts a new password in place (one that passed the policy) and ends what the old one opened: the
 * sessions begun before (a new generation), the active API tokens, and the account's sign-in
 * delays. The user's own change and an administrator's reset both come here.
 */
@Stateless
@PermitAll
public class CredentialRenewer {

  @PersistenceContext private EntityManager em;
  @EJB private SignInThrottle throttle;

  private final PasswordHasher hasher = new PasswordHasher();

  /** Answers how many API tokens ended. */
  public int renew(User user, String newPassword, Instant now) {
    user.changePassword(hasher.hash(newPassword), now);
    int tokensEnded =
        em.createNamedQuery(ApiToken.REVOKE_ACTIVE_OF_USER)
            .setParameter("user", user)
            .setParameter("now", now)
            .executeUpdate();
    throttle.reset(user.getUsername());
    return tokensEnded;
  }
}
