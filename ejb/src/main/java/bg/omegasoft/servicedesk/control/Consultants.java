package bg.omegasoft.servicedesk.control;

import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The business consultants: enabled users with the STAFF role. A read of the identity records that
 * the service desk needs for dispatch (identity's own boundary is for administrators only).
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.CLIENT_ADMIN})
public class Consultants {

  @PersistenceContext private EntityManager em;

  public List<User> all() {
    return em.createQuery(
            "select u from User u join u.roles r where r = :role and u.enabled = true"
                + " order by u.fullName",
            User.class)
        .setParameter("role", Role.STAFF)
        .getResultList();
  }

  public User find(long id) {
    User user = em.find(User.class, id);
    if (user == null || !user.holds(Role.STAFF) || !user.isEnabled()) {
      throw new NotFoundException("Consultant", id);
    }
    return user;
  }

  public User byUsername(String username) {
    return em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("User", username));
  }

  /**
   * The full names to show for user names (a name not found is shown as it is). Open to every
   * caller: the public protocol page and the reminder timer name the consultant who signed.
   */
  @PermitAll
  public Map<String, String> fullNames(Collection<String> usernames) {
    List<String> wanted = usernames.stream().filter(Objects::nonNull).distinct().toList();
    Map<String, String> names = new HashMap<>();
    wanted.forEach(u -> names.put(u, u));
    if (!wanted.isEmpty()) {
      em.createNamedQuery(User.FULL_NAMES, Object[].class)
          .setParameter("usernames", wanted)
          .getResultList()
          .forEach(row -> names.put((String) row[0], (String) row[1]));
    }
    return names;
  }
}
