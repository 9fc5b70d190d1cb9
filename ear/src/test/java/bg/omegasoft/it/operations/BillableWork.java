package bg.omegasoft.it.operations;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;

/** Test data of the invoice runs written straight to the database: clients and billable items. */
final class BillableWork {

  private final DataSource db;

  BillableWork(DataSource db) {
    this.db = db;
  }

  /** A new client with a unique UIC-like number and a VAT number. */
  long client(String name) throws SQLException {
    String uic =
        String.valueOf(
            100_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 899_999_999L));
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into client (name, uic, vat_number, street, city, postcode, created_at)"
                    + " values (?, ?, ?, 'ул. Нощна 7', 'Пловдив', '4000', utc_timestamp(3))",
                Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, name + " " + uic + " ЕООД");
      ps.setString(2, uic);
      ps.setString(3, "BG" + uic);
      ps.executeUpdate();
      return key(ps);
    }
  }

  /** Remote work of the client: the minutes, done on the day, priced by the price list. */
  long remote(long client, LocalDate day, int minutes) throws SQLException {
    return item(client, "REMOTE", day, minutes, null);
  }

  long item(long client, String type, LocalDate day, int minutes, BigDecimal amount)
      throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into billable_item (source_key, client_id, service_type, done_on, minutes,"
                    + " quantity, amount, description_bg, status, registered_at)"
                    + " values (?, ?, ?, ?, ?, 1, ?, ?, 'OPEN', utc_timestamp(3))",
                Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, "run-it:" + UUID.randomUUID());
      ps.setLong(2, client);
      ps.setString(3, type);
      ps.setDate(4, Date.valueOf(day));
      ps.setInt(5, minutes);
      ps.setBigDecimal(6, amount);
      ps.setString(7, "Нощна работа " + type + " " + minutes + " мин.");
      ps.executeUpdate();
      return key(ps);
    }
  }

  void update(String sql, Object... parameters) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setObject(i + 1, parameters[i]);
      }
      ps.executeUpdate();
    }
  }

  long number(String sql, Object... parameters) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static long key(Statement statement) throws SQLException {
    try (ResultSet keys = statement.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }
}
