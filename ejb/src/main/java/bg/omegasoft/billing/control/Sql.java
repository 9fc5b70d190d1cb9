package bg.omegasoft.billing.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** What billing's plain JDBC code shares: id lists, bulk batches, reading a column of ids. */
final class Sql {

  private Sql() {}

  /** The ids joined for an {@code IN (…)} list; ids are numbers, so joining them is safe. */
  static String inList(Collection<Long> ids) {
    StringBuilder in = new StringBuilder();
    for (Long id : ids) {
      if (in.length() > 0) {
        in.append(',');
      }
      in.append(id.longValue());
    }
    return in.toString();
  }

  /**
   * Prepares a statement for a batch of inserts that MariaDB Connector/J sends in one bulk round
   * trip. Asking for no generated keys is what makes the difference: the server's connection
   * wrapper prepares a plain {@code prepareStatement(sql)} as {@code prepareStatement(sql, type,
   * concurrency)}, which Connector/J treats as wanting generated keys, and then it sends one INSERT
   * per row (about four times slower for the lines of a nightly chunk).
   */
  static PreparedStatement forBatch(Connection c, String sql) throws SQLException {
    return c.prepareStatement(sql, Statement.NO_GENERATED_KEYS);
  }

  /** The first column of the statement's rows as ids. */
  static List<Long> ids(PreparedStatement ps) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }
}
