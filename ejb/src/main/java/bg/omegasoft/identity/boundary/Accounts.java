package bg.omegasoft.identity.boundary;

import bg.omegasoft.identity.control.PasswordHasher;
import bg.omegasoft.identity.control.SignInThrottle;
import bg.omegasoft.identity.control.TokenSecrets;
import bg.omegasoft.identity.entity.ApiToken;
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
import java.util.Optional;

/**
 * Establishes who is calling: a sign-in with user name and password, a session that continues, or
 * an API token. Open to anonymous callers by nature (a caller is not known before this answers).
 */
@Stateless
@PermitAll
public class Accounts {

  static final String AUDIT_SUBJECT = "User";

  @PersistenceContext private EntityManager em;
  @EJB private SignInThrottle throttle;
  @EJB private AuditTrail audit;
  @Inject private RequestOrigin origin;

  private final PasswordHasher hasher = new PasswordHasher();
  private final TokenSecrets secrets = new TokenSecrets();
  private final Clock clock = Clock.systemUTC();

  /**
   * Checks a user name and password. A wrong password counts towards the account's lockout; many
   * failures from one address throttle that address. A disabled account answers like a wrong
   * password, so its existence is not revealed.
   */
  public SignInOutcome signIn(String username, String password) {
    Instant now = Instant.now(clock);
    String name = User.normaliseUsername(username);
    String address = origin.address();
    if (throttle.isBlocked(address, now)) {
      audit.recordAs(name, "SIGN_IN_THROTTLED", AUDIT_SUBJECT, null, null);
      return SignInOutcome.refused(SignInOutcome.Status.THROTTLED);
    }
    Optional<User> found = byUsername(name);
    if (found.isEmpty()) {
      hasher.verifyDecoy(password);
      throttle.recordFailure(address, now);
      audit.recordAs(name, "SIGN_IN_FAILED", AUDIT_SUBJECT, null, "unknown user name");
      return SignInOutcome.refused(SignInOutcome.Status.INVALID_CREDENTIALS);
    }
    User user = found.get();
    if (user.isLockedAt(now)) {
      audit.recordAs(name, "SIGN_IN_LOCKED", AUDIT_SUBJECT, user.getId(), null);
      return SignInOutcome.refused(SignInOutcome.Status.LOCKED);
    }
    if (!hasher.verify(password, user.getPasswordHash()) || !user.isEnabled()) {
      user.recordFailedSignIn(now);
      throttle.recordFailure(address, now);
      audit.recordAs(
          name,
          "SIGN_IN_FAILED",
          AUDIT_SUBJECT,
          user.getId(),
          user.isEnabled() ? "wrong password" : "account disabled");
      return SignInOutcome.refused(
          user.isLockedAt(now)
              ? SignInOutcome.Status.LOCKED
              : SignInOutcome.Status.INVALID_CREDENTIALS);
    }
    if (hasher.needsRehash(user.getPasswordHash())) {
      user.changePassword(hasher.hash(password), user.getPasswordChangedAt());
    }
    user.recordSuccessfulSignIn(now);
    throttle.recordSuccess(address);
    audit.recordAs(name, "SIGN_IN", AUDIT_SUBJECT, user.getId(), null);
    return SignInOutcome.signedIn(Caller.of(user));
  }

  /**
   * The current state of a signed-in user, checked on every request of a session: empty when the
   * account has been disabled or removed since, so the session ends.
   */
  public Optional<Caller> continuing(String username) {
    return byUsername(username).filter(User::isEnabled).map(Caller::of);
  }

  /** The owner of an active API token, or empty for an unknown, revoked or expired one. */
  public Optional<Caller> byToken(String secret) {
    if (!secrets.looksLikeSecret(secret)) {
      return Optional.empty();
    }
    Instant now = Instant.now(clock);
    Optional<ApiToken> found =
        em.createNamedQuery(ApiToken.FIND_BY_HASH, ApiToken.class)
            .setParameter("hash", secrets.digest(secret))
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
}
