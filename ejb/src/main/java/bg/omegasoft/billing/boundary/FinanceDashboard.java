package bg.omegasoft.billing.boundary;

import bg.omegasoft.billing.entity.PaymentState;
import bg.omegasoft.identity.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** FINANCE's figures: revenue per month and service type, unpaid and overdue totals. */
@Stateless
@RolesAllowed({Roles.FINANCE, Roles.ADMIN})
public class FinanceDashboard {

  @PersistenceContext private EntityManager em;
  @EJB private Invoices invoices;

  /** Tax base per month of issue and per service type (credit notes subtract), since a month. */
  public Map<YearMonth, Map<String, BigDecimal>> revenue(YearMonth since) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT YEAR(i.issue_date), MONTH(i.issue_date), l.service_type,"
                    + " SUM(CASE WHEN i.kind = 'CREDIT_NOTE' THEN -l.tax_base ELSE l.tax_base END)"
                    + " FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id"
                    + " WHERE i.issue_date >= ?1 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")
            .setParameter(1, Date.valueOf(since.atDay(1)))
            .getResultList();
    Map<YearMonth, Map<String, BigDecimal>> revenue = new TreeMap<>();
    for (YearMonth m = since; !m.isAfter(YearMonth.now()); m = m.plusMonths(1)) {
      revenue.put(m, new TreeMap<>());
    }
    for (Object[] r : rows) {
      YearMonth month = YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue());
      revenue.computeIfAbsent(month, m -> new TreeMap<>()).put((String) r[2], (BigDecimal) r[3]);
    }
    return revenue;
  }

  /** What is still to be paid on unpaid, partly paid and overdue documents. */
  public BigDecimal unpaidTotal() {
    return invoices.list(null, null, null).stream()
        .filter(s -> s.state() != null && s.state() != PaymentState.PAID)
        .map(InvoiceSummary::getOpen)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal overdueTotal() {
    return invoices.overdue().stream()
        .map(InvoiceSummary::getOpen)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
