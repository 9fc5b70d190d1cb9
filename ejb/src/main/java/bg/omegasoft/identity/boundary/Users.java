package bg.omegasoft.identity.boundary;

import bg.omegasoft.identity.control.PasswordHasher;
import bg.omegasoft.identity.control.PasswordPolicy;
import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** User administration: accounts, their roles, disabling, password resets. ADMIN only. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Users {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,59}");

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;

  private final PasswordHasher hasher = new PasswordHasher();
  private final PasswordPolicy policy = new PasswordPolicy();
  private final Clock clock = Clock.systemUTC();

  public List<User> all() {
    return em.createNamedQuery(User.FIND_ALL, User.class).getResultList();
  }

  public User find(long id) {
    User user = em.find(User.class, id);
    if (user == null) {
      throw new NotFoundException("User", id);
    }
    return user;
  }

  public User create(
      String username,
      String fullName,
      String email,
      Long clientId,
      Set<Role> roles,
      String password) {
    String name = User.normaliseUsername(username);
    if (!USERNAME.matcher(name).matches()) {
      throw new InvalidInputException("username", "user.usernameInvalid");
    }
    if (fullName == null || fullName.isBlank()) {
      throw new InvalidInputException("fullName", "user.fullNameRequired");
    }
    policy.check(name, password);
    if (!em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
        .setParameter("username", name)
        .getResultList()
        .isEmpty()) {
      throw new UsernameTakenException(name);
    }
    User user = new User(name, fullName, email, hasher.hash(password), Instant.now(clock));
    user.describe(fullName, email, clientId);
    user.assignRoles(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    try {
      em.persist(user);
      em.flush();
    } catch (PersistenceException e) {
      throw new UsernameTakenException(name);
    }
    audit.record("USER_CREATED", Accounts.AUDIT_SUBJECT, user.getId(), "roles=" + roles);
    return user;
  }

  public User update(long id, String fullName, String email, Long clientId, Set<Role> roles) {
    if (fullName == null || fullName.isBlank()) {
      throw new InvalidInputException("fullName", "user.fullNameRequired");
    }
    User user = find(id);
    if (user.holds(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
      requireAnotherAdministrator(user);
    }
    Set<Role> before = user.getRoles();
    user.describe(fullName, email, clientId);
    user.assignRoles(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    audit.record(
        "USER_UPDATED", Accounts.AUDIT_SUBJECT, id, "roles " + before + " -> " + user.getRoles());
    return user;
  }

  public User disable(long id) {
    User user = find(id);
    if (user.holds(Role.ADMIN)) {
      requireAnotherAdministrator(user);
    }
    user.disable();
    audit.record("USER_DISABLED", Accounts.AUDIT_SUBJECT, id, null);
    return user;
  }

  public User enable(long id) {
    User user = find(id);
    user.enable();
    audit.record("USER_ENABLED", Accounts.AUDIT_SUBJECT, id, null);
    return user;
  }

  /** Sets a new password chosen by the administrator and lifts any lockout. */
  public User resetPassword(long id, String newPassword) {
    User user = find(id);
    policy.check(user.getUsername(), newPassword);
    user.changePassword(hasher.hash(newPassword), Instant.now(clock));
    audit.record("PASSWORD_RESET", Accounts.AUDIT_SUBJECT, id, null);
    return user;
  }

  public User unlock(long id) {
    User user = find(id);
    user.unlock();
    audit.record("USER_UNLOCKED", Accounts.AUDIT_SUBJECT, id, null);
    return user;
  }

  private void requireAnotherAdministrator(User leaving) {
    long others =
        all().stream()
            .filter(u -> u.isEnabled() && u.holds(Role.ADMIN) && !u.getId().equals(leaving.getId()))
            .count();
    if (others == 0) {
      throw new LastAdministratorException();
    }
  }
}
