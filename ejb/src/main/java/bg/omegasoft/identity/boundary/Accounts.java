package bg.omegasoft.identity.boundary;

import bg.omegasoft.identity.control.Admission;
import bg.omegasoft.identity.control.DeviceProofs;
import bg.omegasoft.identity.control.PasswordHasher;
import bg.omegasoft.identity.control.SignInSecret;
import bg.omegasoft.identity.control.SignInSettings;
import bg.omegasoft.identity.control.SignInThrottle;
import bg.omegasoft.identity.control.TokenSecrets;
import bg.omegasoft.identity.entity.ApiToken;
import bg.omegasoft.identity.entity.SignInPolicy;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.RequestOrigin;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Establishes who is calling: a sign-in with user name and password, a session that continues, or
 * an API token. Open to anonymous callers by nature (a caller is not known before this answers).
 */
@Stateless
@PermitAll
public class Accounts {

  static final String AUDIT_SUBJECT = "User";

  /** Longest user name there can be; a longer one tried at sign-in is shortened in the audit. */
  private static final int MAX_USERNAME = 60;

  @PersistenceContext private EntityManager em;
  @EJB private SignInThrottle throttle;
  @EJB private SignInSecret secret;
  @EJB private AuditTrail audit;
  @Inject private RequestOrigin origin;

  private final PasswordHasher hasher = new PasswordHasher();
  private final TokenSecrets secrets = new TokenSecrets();
  private final Clock clock = Clock.systemUTC();

  /** A sign-in from a browser that brings no device cookie. */
  public SignInOutcome signIn(String username, String password) {
    return signIn(username, password, List.of());
  }

  /**
   * Checks a user name and password, throttled by {@link SignInThrottle}: a browser that proves
   * with one of {@code deviceCookies} that this account signed in there before is counted apart
   * from everybody else, so strangers' failures never keep the owner out. Unknown names, disabled
   * accounts and wrong passwords get the same answer after the same work (a decoy hash for unknown
   * names); a held-back attempt is answered before any password is checked, whoever it names.
   */
  public SignInOutcome signIn(String username, String password, Collection<String> deviceCookies) {
    Instant now = Instant.now(clock);
    String name = User.normaliseUsername(username);
    SignInPolicy policy = SignInSettings.policy();
    DeviceProofs devices = new DeviceProofs(secret.hash(), policy.deviceLifetime());
    String device = devices.verify(name, deviceCookies, now).orElse(null);
    Admission admission = throttle.admit(name, origin.address(), device, now);
    if (!admission.admitted()) {
      return SignInOutcome.throttled(admission.delay());
    }
    Optional<User> found = byUsername(name);
    if (found.isEmpty()) {
      hasher.verifyDecoy(password);
      audit.recordAs(actor(name), "SIGN_IN_FAILED", AUDIT_SUBJECT, null, "unknown user name");
      return SignInOutcome.invalid();
    }
    User user = found.get();
    if (!hasher.verify(password, user.getPasswordHash()) || !user.isEnabled()) {
      audit.recordAs(
          name,
          "SIGN_IN_FAILED",
          AUDIT_SUBJECT,
          user.getId(),
          user.isEnabled() ? "wrong password" : "account disabled");
      return SignInOutcome.invalid();
    }
    throttle.succeeded(admission);
    if (hasher.needsRehash(user.getPasswordHash())) {
      user.renewPasswordHash(hasher.hash(password));
    }
    user.recordSuccessfulSignIn(now);
    audit.recordAs(name, "SIGN_IN", AUDIT_SUBJECT, user.getId(), device == null ? null : "device");
    return SignInOutcome.signedIn(
        Caller.of(user),
        new DeviceCookie(
            devices.cookieName(name), devices.issue(name, now), policy.deviceLifetime()));
  }

  /**
   * The current state of a signed-in user, checked on every request of a session: empty when the
   * account has been disabled or removed since, or its password changed after the session began
   * (the session's generation is older), so the session ends.
   */
  public Optional<Caller> continuing(String username, Integer sessionGeneration) {
    return byUsername(username)
        .filter(User::isEnabled)
        .filter(u -> sessionGeneration != null && u.getSessionGeneration() == sessionGeneration)
        .map(Caller::of);
  }

  /**
   * The owner of an active API token, or empty for an unknown, revoked or expired one or one of a
   * disabled account. Failed sign-ins do not stop a token: they may be anyone's, and the token is a
   * credential of its own that guessing at the password does not touch.
   */
  public Optional<Caller> byToken(String secretValue) {
    if (!secrets.looksLikeSecret(secretValue)) {
      return Optional.empty();
    }
    Instant now = Instant.now(clock);
    Optional<ApiToken> found =
        em.createNamedQuery(ApiToken.FIND_BY_HASH, ApiToken.class)
            .setParameter("hash", secrets.digest(secretValue))
            .getResultStream()
            .findFirst();
    if (found.isEmpty() || !found.get().isActiveAt(now) || !found.get().getUser().isEnabled()) {
      return Optional.empty();
    }
    ApiToken token = found.get();
    token.recordUse(now);
    return Optional.of(Caller.of(token.getUser()));
  }

  private Optional<User> byUsername(String username) {
    return em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
        .setParameter("username", User.normaliseUsername(username))
        .getResultStream()
        .findFirst();
  }

  private static String actor(String name) {
    return name.length() <= MAX_USERNAME ? name : name.substring(0, MAX_USERNAME - 1) + "…";
  }
}
