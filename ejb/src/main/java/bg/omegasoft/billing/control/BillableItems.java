package bg.omegasoft.billing.control;

import bg.omegasoft.billing.boundary.NightlyInvoicing.Skip;
import bg.omegasoft.billing.entity.Work;
import bg.omegasoft.shared.entity.ServiceType;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/** The registry of billable items and their skips, read and written with plain JDBC. */
@ApplicationScoped
public class BillableItems {

  private static final String COLUMNS =
      "id, source_key, service_type, work_mode, done_on, minutes, quantity, amount, express_kept,"
          + " description_bg";

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  private DataSource dataSource;

  /** A billable item to register, as the source capability reports it. */
  public record NewItem(
      String sourceKey,
      long clientId,
      ServiceType type,
      ServiceType mode,
      LocalDate doneOn,
      int minutes,
      BigDecimal quantity,
      BigDecimal amount,
      boolean expressKept,
      String description) {}

  /** Registers the items billing does not know yet (by source key); answers how many were new. */
  public int register(List<NewItem> items, Instant now) {
    if (items.isEmpty()) {
      return 0;
    }
    try (Connection c = dataSource.getConnection()) {
      long before = count(c);
      try (PreparedStatement ps =
          Sql.forBatch(
              c,
              "INSERT IGNORE INTO billable_item (source_key, client_id, service_type, work_mode, done_on,"
                  + " minutes, quantity, amount, express_kept, description_bg, status, registered_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)")) {
        int pending = 0;
        for (NewItem item : items) {
          ps.setString(1, item.sourceKey());
          ps.setLong(2, item.clientId());
          ps.setString(3, item.type() == null ? "REFERRAL" : item.type().name());
          ps.setString(4, item.mode() == null ? null : item.mode().name());
          ps.setDate(5, Date.valueOf(item.doneOn()));
          ps.setInt(6, item.minutes());
          ps.setBigDecimal(7, item.quantity());
          if (item.amount() == null) {
            ps.setNull(8, Types.DECIMAL);
          } else {
            ps.setBigDecimal(8, item.amount());
          }
          ps.setBoolean(9, item.expressKept());
          String text = item.description();
          ps.setString(10, text.length() > 500 ? text.substring(0, 500) : text);
          ps.setTimestamp(11, Timestamp.from(now));
          ps.addBatch();
          if (++pending == 500) {
            ps.executeBatch();
            pending = 0;
          }
        }
        ps.executeBatch();
      }
      return (int) (count(c) - before);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long count(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM billable_item")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Withdraws the open contract fees falling due up to the day that the contracts no longer report
   * as due (their contract was terminated, even back-dated, after they were registered), so they
   * are never invoiced; invoiced fees stay. Answers how many were withdrawn. The open fees are read
   * without locks (a locking read would lock every open item it passes); the deletion locks the
   * withdrawn ones and leaves any that was invoiced meanwhile.
   */
  public int withdrawOpenFees(Set<String> stillDue, LocalDate day) {
    try (Connection c = dataSource.getConnection()) {
      List<Long> withdrawn = new ArrayList<>();
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT id, source_key FROM billable_item WHERE status = 'OPEN'"
                  + " AND service_type = 'CONTRACT_FEE' AND done_on <= ?")) {
        ps.setDate(1, Date.valueOf(day));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            if (!stillDue.contains(rs.getString(2))) {
              withdrawn.add(rs.getLong(1));
            }
          }
        }
      }
      if (withdrawn.isEmpty()) {
        return 0;
      }
      String ids = Sql.inList(withdrawn);
      try (Statement st = c.createStatement()) {
        st.executeUpdate("DELETE FROM billing_skip WHERE billable_item_id IN (" + ids + ")");
        return st.executeUpdate(
            "DELETE FROM billable_item WHERE status = 'OPEN' AND id IN (" + ids + ")");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The clients with open items done up to the day, ascending. */
  public List<Long> clientsWithOpenItems(LocalDate day) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT DISTINCT client_id FROM billable_item WHERE status = 'OPEN' AND done_on <= ?"
                    + " ORDER BY client_id")) {
      ps.setDate(1, Date.valueOf(day));
      return Sql.ids(ps);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A client's open items done up to the day; reads only. */
  public List<Work> open(long clientId, LocalDate day) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + " FROM billable_item WHERE client_id = ? AND status = 'OPEN' AND done_on <= ?"
                    + " ORDER BY done_on, id")) {
      ps.setLong(1, clientId);
      ps.setDate(2, Date.valueOf(day));
      return works(ps);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Locks the items that are still open among the given ones of the client (one statement): a
   * concurrent issuer of the same items waits here and then finds them invoiced.
   */
  public List<Work> lockOpen(long clientId, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + " FROM billable_item WHERE id IN ("
                    + Sql.inList(ids)
                    + ") AND client_id = ? AND status = 'OPEN' ORDER BY id FOR UPDATE")) {
      ps.setLong(1, clientId);
      return works(ps);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The open items done up to the day of each of the clients, in one statement; with {@code lock}
   * they are locked until the transaction ends, so a concurrent issuer of the same items waits and
   * then finds them invoiced.
   */
  public Map<Long, List<Work>> openOf(Collection<Long> clientIds, LocalDate day, boolean lock) {
    Map<Long, List<Work>> byClient = new LinkedHashMap<>();
    if (clientIds.isEmpty()) {
      return byClient;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + ", client_id FROM billable_item WHERE client_id IN ("
                    + Sql.inList(clientIds)
                    + ") AND status = 'OPEN' AND done_on <= ? ORDER BY id"
                    + (lock ? " FOR UPDATE" : ""))) {
      ps.setDate(1, Date.valueOf(day));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byClient.computeIfAbsent(rs.getLong(11), k -> new ArrayList<>()).add(work(rs));
        }
      }
      return byClient;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Work> works(PreparedStatement ps) throws SQLException {
    List<Work> works = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        works.add(work(rs));
      }
    }
    return works;
  }

  private static Work work(ResultSet rs) throws SQLException {
    String type = rs.getString(3);
    String mode = rs.getString(4);
    return new Work(
        rs.getLong(1),
        rs.getString(2),
        "REFERRAL".equals(type) ? null : ServiceType.valueOf(type),
        mode == null ? null : ServiceType.valueOf(mode),
        rs.getDate(5).toLocalDate(),
        rs.getInt(6),
        rs.getBigDecimal(7),
        rs.getBigDecimal(8),
        rs.getBoolean(9),
        rs.getString(10));
  }

  /** The included hours already used per month by the client's invoiced work since a day. */
  public Map<YearMonth, BigDecimal> coveredHoursSince(long clientId, LocalDate since) {
    return coveredHoursSince(List.of(clientId), since).getOrDefault(clientId, Map.of());
  }

  /** The same for several clients in one statement, per client. */
  public Map<Long, Map<YearMonth, BigDecimal>> coveredHoursSince(
      Collection<Long> clientIds, LocalDate since) {
    Map<Long, Map<YearMonth, BigDecimal>> used = new HashMap<>();
    if (clientIds.isEmpty()) {
      return used;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT i.client_id, YEAR(l.done_on), MONTH(l.done_on), SUM(l.covered_hours)"
                    + " FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id"
                    + " WHERE i.client_id IN ("
                    + Sql.inList(clientIds)
                    + ") AND l.covered_hours > 0 AND l.done_on >= ? GROUP BY 1, 2, 3")) {
      ps.setDate(1, Date.valueOf(since.withDayOfMonth(1)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          used.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
              .put(YearMonth.of(rs.getInt(2), rs.getInt(3)), rs.getBigDecimal(4));
        }
      }
      return used;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Records (or renews) the skips of a run: one batch. */
  public void recordSkips(List<Skip> skips, LocalDate billingDate, Instant now) {
    if (skips.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO billing_skip (billable_item_id, billing_date, reason, recorded_at)"
                    + " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE billing_date = VALUES(billing_date),"
                    + " reason = VALUES(reason), recorded_at = VALUES(recorded_at)")) {
      for (Skip skip : skips) {
        ps.setLong(1, skip.billableItemId());
        ps.setDate(2, Date.valueOf(billingDate));
        ps.setString(
            3, skip.reason().length() > 500 ? skip.reason().substring(0, 500) : skip.reason());
        ps.setTimestamp(4, Timestamp.from(now));
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The skips recorded on a billing date whose items are still open. */
  public List<Skip> skippedOn(LocalDate billingDate) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT s.billable_item_id, i.source_key, s.reason FROM billing_skip s"
                    + " JOIN billable_item i ON i.id = s.billable_item_id"
                    + " WHERE s.billing_date = ? AND i.status = 'OPEN' ORDER BY s.billable_item_id")) {
      ps.setDate(1, Date.valueOf(billingDate));
      List<Skip> skips = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          skips.add(new Skip(rs.getLong(1), rs.getString(2), rs.getString(3)));
        }
      }
      return skips;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
