package bg.omegasoft.it.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.shared.entity.AuditEvent;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The safety net under the text rule: a String written through JPA by code that did not clean it is
 * stored as plain text all the same (the persistence provider applies the converter to every String
 * attribute), and queries on such attributes work as before.
 */
@ExtendWith(ArquillianExtension.class)
class PlainTextColumnsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(PlainTextColumnsIT.class);
  }

  @PersistenceContext(unitName = "omex")
  EntityManager em;

  @Resource UserTransaction tx;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource db;

  @Test
  void aTextWrittenThroughJpaIsStoredAsPlainText() throws Exception {
    String marker = UUID.randomUUID().toString();
    tx.begin();
    em.persist(
        new AuditEvent(
            Instant.now(),
            "it\u0000-test",
            "IT_PLAIN_TEXT",
            "Test",
            marker,
            "едно\u0000 две\u202E три\nчетири\tпет\uFFFF",
            null));
    tx.commit();

    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select actor, detail from audit_event where subject_id = ?")) {
      ps.setString(1, marker);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertEquals("it-test", rs.getString(1));
        assertEquals("едно две три\nчетири\tпет", rs.getString(2));
      }
    }
    assertEquals(
        "едно две три\nчетири\tпет",
        em.createQuery("select e from AuditEvent e where e.subjectId = :id", AuditEvent.class)
            .setParameter("id", marker)
            .getSingleResult()
            .getDetail());
  }
}
