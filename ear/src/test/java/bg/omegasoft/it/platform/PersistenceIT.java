package bg.omegasoft.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.organisation.entity.Organisation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The persistence stack is what the product owner fixed: EclipseLink (not Hibernate) on MariaDB,
 * with the schema made by the Flyway migrations.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(PersistenceIT.class);
  }

  @PersistenceContext(unitName = "omex")
  EntityManager em;

  @Test
  void theProviderIsEclipseLink() {
    JpaEntityManager eclipseLink = em.unwrap(JpaEntityManager.class);
    assertInstanceOf(ServerSession.class, eclipseLink.getServerSession());
    assertTrue(
        em.getEntityManagerFactory().getClass().getName().startsWith("org.eclipse.persistence"),
        em.getEntityManagerFactory().getClass().getName());
  }

  @Test
  void theDatabaseIsMariaDb() {
    String version = (String) em.createNativeQuery("select version()").getSingleResult();
    assertTrue(version.contains("MariaDB"), version);
  }

  @Test
  void theSchemaComesFromTheMigrations() {
    @SuppressWarnings("unchecked")
    List<Object> versions =
        em.createNativeQuery("select version from schema_history where success = 1")
            .getResultList();
    assertTrue(versions.contains("2.1"), versions.toString());
  }

  @Test
  void entitiesReadTheMigratedTables() {
    Organisation vendor = em.find(Organisation.class, Organisation.THE_ID);
    assertEquals("131578107", vendor.getUic());
    assertEquals("ОмегаСофт ООД", vendor.getName());
  }

  /**
   * The embedded database (demo and tests without DB_URL) runs without passwords, so it must not be
   * reachable from other machines; the real one in CI is Debian's, bound to loopback too.
   */
  @Test
  void theDatabaseListensOnLoopbackOnly() {
    String bound = (String) em.createNativeQuery("select @@bind_address").getSingleResult();
    assertTrue(
        List.of("127.0.0.1", "::1", "localhost").contains(String.valueOf(bound)),
        "the database listens on " + bound);
  }
}
