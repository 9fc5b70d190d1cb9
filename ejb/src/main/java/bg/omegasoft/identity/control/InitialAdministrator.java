package bg.omegasoft.identity.control;

import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.control.SchemaMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.logging.Logger;

/**
 * A new installation without demo data has no accounts, so nobody could sign in. When the platform
 * starts with no user at all and OMEX_ADMIN_PASSWORD is set, this creates the administrator "admin"
 * with that password (which must meet the password policy); later starts change nothing.
 */
@Startup
@Singleton
@PermitAll
@DependsOn("SchemaMigrations")
public class InitialAdministrator {

  static final String PASSWORD_VARIABLE = "OMEX_ADMIN_PASSWORD";
  private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());

  @PersistenceContext private EntityManager em;
  @EJB private SchemaMigrations migrations;

  @PostConstruct
  void createIfNone() {
    String password = System.getenv(PASSWORD_VARIABLE);
    if (password == null || password.isBlank() || !migrations.isCurrent()) {
      return;
    }
    Long users = em.createQuery("select count(u) from User u", Long.class).getSingleResult();
    if (users > 0) {
      return;
    }
    try {
      new PasswordPolicy().check("admin", password);
    } catch (InvalidInputException weak) {
      LOG.severe(
          PASSWORD_VARIABLE
              + " breaks the password policy ("
              + weak.messageKey()
              + "): no administrator created; choose a longer password without \"admin\" in it");
      return;
    }
    User admin =
        new User(
            "admin", "Administrator", null, new PasswordHasher().hash(password), Instant.now());
    admin.assignRoles(EnumSet.of(Role.ADMIN));
    em.persist(admin);
    LOG.info("Created the first administrator account \"admin\" from " + PASSWORD_VARIABLE);
  }
}
