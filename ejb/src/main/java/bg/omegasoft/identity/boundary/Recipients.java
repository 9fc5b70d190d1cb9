package bg.omegasoft.identity.boundary;

import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.identity.entity.User;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The people a capability tells about something (the notification centre): the active accounts
 * holding a role, the client administrators of one client, or named accounts. Disabled and
 * anonymised accounts hear nothing. Called by the platform itself, whoever caused the event (a
 * visitor of the public form, a timer), hence open to every caller; it answers no one's password.
 */
@Stateless
@PermitAll
public class Recipients {

  /** An active account as a recipient: its id, e-mail address (or null) and language. */
  public record Recipient(long userId, String email, String language) {}

  @PersistenceContext private EntityManager em;

  public List<Recipient> withRole(String role) {
    Optional<Role> known =
        java.util.Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst();
    if (known.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select u from User u where u.enabled = true and :role member of u.roles"
                + " order by u.id",
            User.class)
        .setParameter("role", known.get())
        .getResultStream()
        .map(Recipients::of)
        .toList();
  }

  /** The client administrators of a client: accounts with CLIENT_ADMIN linked to that client. */
  public List<Recipient> clientAdministrators(long clientId) {
    return em.createQuery(
            "select u from User u where u.enabled = true and u.clientId = :client"
                + " and :role member of u.roles order by u.id",
            User.class)
        .setParameter("client", clientId)
        .setParameter("role", Role.CLIENT_ADMIN)
        .getResultStream()
        .map(Recipients::of)
        .toList();
  }

  /** Those of the given accounts that are active. */
  public List<Recipient> users(Collection<Long> userIds) {
    if (userIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select u from User u where u.enabled = true and u.id in :ids order by u.id",
            User.class)
        .setParameter("ids", List.copyOf(userIds))
        .getResultStream()
        .map(Recipients::of)
        .toList();
  }

  /** The id of the account with that user name. */
  public Optional<Long> idOf(String username) {
    return em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
        .setParameter("username", User.normaliseUsername(username))
        .getResultStream()
        .findFirst()
        .map(User::getId);
  }

  private static Recipient of(User user) {
    return new Recipient(user.getId(), user.getEmail(), user.getLocale());
  }
}
