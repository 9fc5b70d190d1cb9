package bg.omegasoft.it.servicedesk;

import bg.omegasoft.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads rows of the test database for assertions of tests that act from outside the server. */
final class Rows {

  private Rows() {}

  static List<Map<String, Object>> query(String sql, Object... parameters) {
    try (Connection db = TestDatabase.connect();
        PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        List<Map<String, Object>> result = new ArrayList<>();
        while (rows.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
            row.put(rows.getMetaData().getColumnLabel(c), rows.getObject(c));
          }
          result.add(row);
        }
        return result;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static long count(String sql, Object... parameters) {
    return ((Number) query(sql, parameters).get(0).values().iterator().next()).longValue();
  }
}
