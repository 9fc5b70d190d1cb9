package bg.omegasoft.learning.control;

import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Finds the people the learning capability deals with: the caller, trainers, a client's staff. */
public final class People {

  private People() {}

  public static User byUsername(EntityManager em, String username) {
    return em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("User", username));
  }

  public static User byId(EntityManager em, long id) {
    User user = em.find(User.class, id);
    if (user == null) {
      throw new NotFoundException("User", id);
    }
    return user;
  }

  /** Enabled users holding the role, by name. */
  public static List<User> withRole(EntityManager em, Role role) {
    return em.createNamedQuery(User.FIND_ALL, User.class).getResultList().stream()
        .filter(u -> u.isEnabled() && u.holds(role))
        .sorted(java.util.Comparator.comparing(User::getFullName))
        .toList();
  }

  /** Enabled users of a client company, by name. */
  public static List<User> ofClient(EntityManager em, Long clientId) {
    return em.createNamedQuery(User.FIND_ALL, User.class).getResultList().stream()
        .filter(u -> u.isEnabled() && clientId != null && clientId.equals(u.getClientId()))
        .sorted(java.util.Comparator.comparing(User::getFullName))
        .toList();
  }
}
