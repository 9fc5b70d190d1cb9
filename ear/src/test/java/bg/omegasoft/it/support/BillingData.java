package bg.omegasoft.it.support;

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

/**
 * Test data of billing and the invoice runs written straight to the database: clients, their
 * billable items, and plain SQL reads and writes to check what billing did.
 */
public final class BillingData {

  private final DataSource db;

  public BillingData(DataSource db) {
    this.db = db;
  }

  /** A new client with a unique UIC-like number and a VAT number. */
  public long client(String name) {
    String uic =
        String.valueOf(
            100_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 899_999_999L));
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
      return key(ps);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Remote work of the client: the minutes, done on the day, priced by the price list. */
  public long remote(long clientId, LocalDate day, int minutes) {
    return item(clientId, "REMOTE", day, minutes, null);
  }

  /** Remote work items of a client: the given minutes each, done on the day. */
  public List<Long> remoteWork(long clientId, LocalDate day, int... minutes) {
    List<Long> ids = new ArrayList<>();
    for (int m : minutes) {
      ids.add(remote(clientId, day, m));
    }
    return ids;
  }

  /** An open billable item of the type; {@code amount} for types billed at an agreed amount. */
  public long item(long clientId, String type, LocalDate day, int minutes, BigDecimal amount) {
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
      ps.setString(7, "Тестова работа " + type + " " + minutes + " мин.");
      ps.executeUpdate();
      return key(ps);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The last invoice number the issuer's counter handed out. */
  public long counter() {
    return number("SELECT last_number FROM invoice_counter WHERE issuer = 'OMEX'");
  }

  /** The first column of the query's first row as a number. */
  public long number(String sql, Object... parameters) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = prepare(c, sql, parameters);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public void update(String sql, Object... parameters) {
    SQLException refused = refusal(sql, parameters);
    if (refused != null) {
      throw new IllegalStateException(refused);
    }
  }

  /** Runs a statement and answers the database's refusal, or null when it was accepted. */
  public SQLException refusal(String sql, Object... parameters) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = prepare(c, sql, parameters)) {
      ps.executeUpdate();
      return null;
    } catch (SQLException e) {
      return e;
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      ps.setObject(i + 1, parameters[i]);
    }
    return ps;
  }

  private static long key(Statement statement) throws SQLException {
    try (ResultSet keys = statement.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }
}
