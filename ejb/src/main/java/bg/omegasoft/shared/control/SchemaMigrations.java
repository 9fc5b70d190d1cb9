package bg.omegasoft.shared.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema to the current version with Flyway when the application is deployed, before
 * anything uses the database. When the database is unreachable at start, the server keeps running
 * and the migration is retried until it succeeds.
 */
@Startup
@Singleton
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SchemaMigrations {

  /** With {@code -Domex.demo=true} (or OMEX_DEMO=true) the demo data migrations run as well. */
  public static final String DEMO_PROPERTY = "omex.demo";

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());
  private static final long RETRY_MILLIS = 10_000;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  private DataSource dataSource;

  @Resource private TimerService timers;

  private volatile boolean current;

  @PostConstruct
  void atDeployment() {
    if (!migrate()) {
      timers.createIntervalTimer(RETRY_MILLIS, RETRY_MILLIS, new TimerConfig("migrate", false));
    }
  }

  @Timeout
  void retry(Timer timer) {
    if (migrate()) {
      timer.cancel();
    }
  }

  /** Whether the schema has been brought to the version this application needs. */
  public boolean isCurrent() {
    return current;
  }

  private synchronized boolean migrate() {
    if (current) {
      return true;
    }
    try {
      var result =
          Flyway.configure(getClass().getClassLoader())
              .dataSource(dataSource)
              .locations(locations())
              .table("schema_history")
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .outOfOrder(true)
              .load()
              .migrate();
      current = true;
      LOG.info(
          () ->
              "Database schema is at version "
                  + result.targetSchemaVersion
                  + " ("
                  + result.migrationsExecuted
                  + " migrations applied now)");
      return true;
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Database schema migration failed; retrying every "
              + RETRY_MILLIS / 1000
              + " s: "
              + e.getMessage());
      return false;
    }
  }

  private static String[] locations() {
    List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
    if (demoData()) {
      locations.add("classpath:db/demo");
    }
    return locations.toArray(String[]::new);
  }

  static boolean demoData() {
    return Boolean.parseBoolean(
        System.getProperty(DEMO_PROPERTY, System.getenv().getOrDefault("OMEX_DEMO", "false")));
  }
}
