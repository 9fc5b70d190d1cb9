package bg.omegasoft.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Whether the application database answers and carries the platform's schema. */
@ApplicationScoped
public class DatabaseProbe {

  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  private DataSource dataSource;

  /** The database answers a validity check. */
  public boolean reachable() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(TIMEOUT_SECONDS);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  /** The database answers and the schema migrations have run there. */
  public boolean up() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(TIMEOUT_SECONDS);
      try (ResultSet migrated =
          statement.executeQuery("select count(*) from schema_history where success = 1")) {
        return migrated.next() && migrated.getInt(1) > 0;
      }
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }
}
