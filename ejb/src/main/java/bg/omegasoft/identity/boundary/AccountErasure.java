package bg.omegasoft.identity.boundary;

import bg.omegasoft.identity.entity.ApiToken;
import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/**
 * The identity side of data subject rights (GDPR Art. 15 and 17), for an ADMIN acting on a person's
 * request: finding the person's account, reading what it holds, and anonymising it.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AccountErasure {

  /** The user name an anonymised account gets. */
  public static final String PSEUDONYM_PREFIX = "anonymised-";

  @PersistenceContext private EntityManager em;

  /** Accounts whose user name, name or e-mail contain the text (at most 50). */
  public List<User> search(String text) {
    String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
    return em.createQuery(
            "select u from User u where lower(u.username) like :p or lower(u.fullName) like :p"
                + " or lower(u.email) like :p order by u.fullName",
            User.class)
        .setParameter("p", pattern)
        .setMaxResults(50)
        .getResultList();
  }

  public User account(long userId) {
    User user = em.find(User.class, userId);
    if (user == null) {
      throw new NotFoundException("User", userId);
    }
    return user;
  }

  public List<ApiToken> tokens(long userId) {
    return em.createNamedQuery(ApiToken.FIND_BY_USER, ApiToken.class)
        .setParameter("user", account(userId))
        .getResultList();
  }

  /** Whether this is the only enabled administrator (who must not be anonymised). */
  public boolean isLastAdministrator(long userId) {
    User user = account(userId);
    return user.isEnabled()
        && user.holds(Role.ADMIN)
        && em.createNamedQuery(User.FIND_ALL, User.class)
            .getResultStream()
            .noneMatch(u -> u.isEnabled() && u.holds(Role.ADMIN) && !u.getId().equals(userId));
  }

  /**
   * Anonymises the account and removes its API tokens; answers the pseudonym. The caller records
   * the erasure and replaces the user name elsewhere (audit trails).
   */
  public String anonymise(long userId) {
    User user = account(userId);
    String pseudonym = PSEUDONYM_PREFIX + userId;
    tokens(userId).forEach(em::remove);
    user.anonymise(pseudonym);
    return pseudonym;
  }
}
