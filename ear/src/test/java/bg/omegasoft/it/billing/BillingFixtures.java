package bg.omegasoft.it.billing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Test data of billing written straight to the database: clients and their billable items. */
final class BillingFixtures {

  private final DataSource db;

  BillingFixtures(DataSource db) {
    this.db = db;
  }

  /** A new client with a valid UIC-like number (unique per call) and a VAT number. */
  long client(String name) {
    String uic = String.valueOf(100_000_000L + (System.nanoTime() % 899_999_999L));
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO client (name, uic, vat_number, street, city, postcode, created_at)"
                    + " VALUES (?, ?, ?, 'ул. Тестова 1', 'София', '1000', UTC_TIMESTAMP(3))",
                Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, name + " " + uic);
      ps.setString(2, uic);
      ps.setString(3, "BG" + uic);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Remote work items of a client: the given minutes each, done on the day. */
  List<Long> remoteWork(long clientId, LocalDate day, int... minutes) {
    List<Long> ids = new ArrayList<>();
    for (int m : minutes) {
      ids.add(item(clientId, "REMOTE", day, m, null));
    }
    return ids;
  }

  long item(long clientId, String type, LocalDate day, int minutes, BigDecimal amount) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO billable_item (source_key, client_id, service_type, done_on, minutes,"
                    + " quantity, amount, description_bg, status, registered_at)"
                    + " VALUES (?, ?, ?, ?, ?, 1, ?, ?, 'OPEN', UTC_TIMESTAMP(3))",
                Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, "it:" + UUID.randomUUID());
      ps.setLong(2, clientId);
      ps.setString(3, type);
      ps.setDate(4, Date.valueOf(day));
      ps.setInt(5, minutes);
      ps.setBigDecimal(6, amount);
      ps.setString(7, "Тестова работа " + type);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  long counter() {
    return number("SELECT last_number FROM invoice_counter WHERE issuer = 'OMEX'");
  }

  long number(String sql, Object... parameters) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs a statement and answers the database's refusal, or null when it was accepted. */
  SQLException refusal(String sql, Object... parameters) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setObject(i + 1, parameters[i]);
      }
      ps.executeUpdate();
      return null;
    } catch (SQLException e) {
      return e;
    }
  }
}
