package bg.omegasoft.identity.boundary;

import bg.omegasoft.identity.control.CredentialRenewer;
import bg.omegasoft.identity.control.PasswordHasher;
import bg.omegasoft.identity.control.PasswordPolicy;
import bg.omegasoft.identity.control.SignInSettings;
import bg.omegasoft.identity.control.SignInThrottle;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** User administration: accounts, their roles, disabling, password resets. ADMIN only. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Users {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,59}");

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;
  @EJB private SignInThrottle throttle;
  @EJB private CredentialRenewer renewer;

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

  /** Disables the account: its sessions end at once and its API tokens stop working. */
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

  /**
   * Sets a new password chosen by the administrator: every session of the user ends, every active
   * API token of the user ends, and the account's sign-in delays are lifted. Answers how many
   * tokens ended.
   */
  public int resetPassword(long id, String newPassword) {
    User user = find(id);
    policy.check(user.getUsername(), newPassword);
    int tokensEnded = renewer.renew(user, newPassword, Instant.now(clock));
    audit.record(
        "PASSWORD_RESET",
        Accounts.AUDIT_SUBJECT,
        id,
        "all sessions ended, " + tokensEnded + " API tokens ended");
    return tokensEnded;
  }

  /**
   * Lifts the account's sign-in delays: its failures from every address and device are forgotten
   * (those of addresses across accounts stay).
   */
  public User resetSignInDelays(long id) {
    User user = find(id);
    throttle.reset(user.getUsername());
    audit.record("SIGN_IN_DELAYS_RESET", Accounts.AUDIT_SUBJECT, id, null);
    return user;
  }

  /** The account's failures from unrecognised devices in the current window. */
  public SignInState signInState(long id) {
    User user = find(id);
    Instant now = Instant.now(clock);
    return throttle
        .fromUnrecognisedDevices(user.getUsername())
        .map(
            c ->
                new SignInState(
                    c.failuresAt(now, SignInSettings.policy()),
                    c.heldUntil(now, SignInSettings.policy())))
        .orElse(SignInState.CLEAR);
  }

  /** The accounts whose sign-ins from unrecognised devices are held back now, by id: until when. */
  public Map<Long, Instant> heldBack(List<User> shown) {
    Map<String, Instant> byName =
        throttle.heldBackAccounts(
            shown.stream().map(User::getUsername).toList(), Instant.now(clock));
    Map<Long, Instant> byId = new HashMap<>();
    shown.stream()
        .filter(u -> byName.containsKey(u.getUsername()))
        .forEach(u -> byId.put(u.getId(), byName.get(u.getUsername())));
    return byId;
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
