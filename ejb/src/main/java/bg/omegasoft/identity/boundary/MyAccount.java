package bg.omegasoft.identity.boundary;

import bg.omegasoft.identity.control.CredentialRenewer;
import bg.omegasoft.identity.control.PasswordHasher;
import bg.omegasoft.identity.control.PasswordPolicy;
import bg.omegasoft.identity.control.TokenSecrets;
import bg.omegasoft.identity.entity.ApiToken;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The signed-in user's own account: password, language, personal API tokens. */
@Stateless
@RolesAllowed({
  Roles.TRAINEE,
  Roles.TRAINER,
  Roles.STAFF,
  Roles.CLIENT_ADMIN,
  Roles.BATCH_OPERATOR,
  Roles.FINANCE,
  Roles.ADMIN
})
public class MyAccount {

  public static final Set<String> LANGUAGES = Set.of("bg", "en");
  static final int MAX_ACTIVE_TOKENS = 10;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;
  @EJB private CredentialRenewer renewer;

  private final PasswordHasher hasher = new PasswordHasher();
  private final PasswordPolicy policy = new PasswordPolicy();
  private final TokenSecrets secrets = new TokenSecrets();
  private final Clock clock = Clock.systemUTC();

  public User me() {
    return em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
        .setParameter("username", session.getCallerPrincipal().getName())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("User", session.getCallerPrincipal().getName()));
  }

  /**
   * Changes the user's password. Every other session of the user ends (the caller keeps the current
   * one by taking on the new generation), and so do the user's active API tokens: whoever might
   * have learnt the old password, or a token made with it, is out.
   */
  public PasswordChanged changePassword(String currentPassword, String newPassword) {
    User me = me();
    if (!hasher.verify(currentPassword, me.getPasswordHash())) {
      throw new WrongPasswordException();
    }
    policy.check(me.getUsername(), newPassword);
    int tokensEnded = renewer.renew(me, newPassword, Instant.now(clock));
    audit.record(
        "PASSWORD_CHANGED",
        Accounts.AUDIT_SUBJECT,
        me.getId(),
        "other sessions ended, " + tokensEnded + " API tokens ended");
    return new PasswordChanged(me.getSessionGeneration(), tokensEnded);
  }

  public void preferLanguage(String language) {
    if (!LANGUAGES.contains(language)) {
      throw new InvalidInputException("language", "language.unsupported");
    }
    me().preferLocale(language);
  }

  public List<ApiToken> tokens() {
    return em.createNamedQuery(ApiToken.FIND_BY_USER, ApiToken.class)
        .setParameter("user", me())
        .getResultList();
  }

  /**
   * Creates a personal API token that carries the user's roles. {@code validUntil} is the last day
   * of validity (Europe/Sofia), at most a year from today; null gives the default of {@value
   * ApiToken#DEFAULT_VALID_DAYS} days.
   */
  public NewToken createToken(String name, LocalDate validUntil) {
    if (name == null || name.isBlank() || name.strip().length() > 100) {
      throw new InvalidInputException("name", "token.nameRequired");
    }
    Instant now = Instant.now(clock);
    LocalDate today = LocalDate.now(SofiaTime.ZONE);
    LocalDate lastDay = validUntil == null ? ApiToken.defaultLastDay(today) : validUntil;
    if (lastDay.isBefore(today)) {
      throw new InvalidInputException("validUntil", "token.validUntilPast");
    }
    if (lastDay.isAfter(ApiToken.latestLastDay(today))) {
      throw new InvalidInputException("validUntil", "token.validUntilTooFar");
    }
    User me = me();
    long active = tokens().stream().filter(t -> t.isActiveAt(now)).count();
    if (active >= MAX_ACTIVE_TOKENS) {
      throw new InvalidInputException("name", "token.tooMany");
    }
    String secret = secrets.newSecret();
    Instant expiresAt = lastDay.plusDays(1).atStartOfDay(SofiaTime.ZONE).toInstant();
    ApiToken token =
        new ApiToken(
            me, name, secrets.digest(secret), secrets.displayPrefix(secret), now, expiresAt);
    em.persist(token);
    em.flush();
    audit.record("TOKEN_CREATED", "ApiToken", token.getId(), token.getName());
    return new NewToken(token, secret);
  }

  public void revokeToken(long tokenId) {
    ApiToken token = em.find(ApiToken.class, tokenId);
    if (token == null
        || !token.getUser().getUsername().equals(session.getCallerPrincipal().getName())) {
      throw new NotFoundException("ApiToken", tokenId);
    }
    token.revoke(Instant.now(clock));
    audit.record("TOKEN_REVOKED", "ApiToken", tokenId, token.getName());
  }
}
