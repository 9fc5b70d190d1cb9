package bg.omegasoft.shared.boundary;

import bg.omegasoft.shared.control.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Whether the application database answers and carries the schema this version needs. */
@Stateless
@PermitAll
public class DatabaseHealth {

  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  private DataSource dataSource;

  @EJB private SchemaMigrations migrations;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean isUp() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(VALIDATION_TIMEOUT_SECONDS) && migrations.isCurrent();
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }
}
