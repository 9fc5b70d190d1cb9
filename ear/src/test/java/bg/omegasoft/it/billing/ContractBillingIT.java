package bg.omegasoft.it.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.billing.boundary.Invoices;
import bg.omegasoft.billing.boundary.NightlyInvoicing;
import bg.omegasoft.billing.boundary.NightlyInvoicing.Proposal;
import bg.omegasoft.billing.entity.Invoice;
import bg.omegasoft.contracts.boundary.Contracts;
import bg.omegasoft.contracts.entity.Contract;
import bg.omegasoft.contracts.entity.Scope;
import bg.omegasoft.it.support.AsFinance;
import bg.omegasoft.it.support.AsOperator;
import bg.omegasoft.it.support.AsStaff;
import bg.omegasoft.it.support.BillingData;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.shared.entity.ServiceType;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contracts and billing together, through the real boundaries on MariaDB: contracts concluded by
 * staff with a manager's approval, billed by the nightly run's collect, propose and issue (run as
 * the batch operator). Covered work is free up to the included hours of each calendar month
 * (counting hours already invoiced that month), work beyond them is charged at the contract's rate
 * or at the list price less its discount, the fee periods are invoiced once each and stop at a
 * termination.
 *
 * <p>Prices of 2026 (demo price list): a visit 60.00 an hour, remote work 15.00 a quarter hour, a
 * password recovery 30.00. The contracts here: visits and remote work, 4 included hours a month,
 * 180.00 a month, own visit rate 55.00, 10 % off the list price otherwise.
 */
@ExtendWith(ArquillianExtension.class)
class ContractBillingIT {

  static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

  /** Visits and remote work, 4 included hours, 180.00 a month, visits beyond at 55.00, 10 % off. */
  static final Scope STANDARD =
      ContractsToBill.scope(
          "4", "180.00", "10", Map.of(ServiceType.VISIT, new BigDecimal("55.00")));

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(ContractBillingIT.class);
  }

  @EJB NightlyInvoicing invoicing;
  @EJB Invoices invoices;
  @EJB Contracts contracts;
  @EJB ContractsToBill contractsToBill;
  @EJB AsOperator asOperator;
  @EJB AsFinance asFinance;
  @EJB AsStaff asStaff;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource db;

  BillingData fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new BillingData(db);
  }

  /** One line of an issued invoice with the source key of its billable item. */
  record Line(
      long itemId,
      String sourceKey,
      String type,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal taxBase,
      BigDecimal coveredHours,
      String description) {}

  @Test
  void coveredWorkIsFreeUpToTheIncludedHoursOfEachMonthAndBeyondThemAtTheContractsPrices() {
    Contract contract = concluded(STANDARD);
    long client = contract.getClient().getId();
    long visit = fixtures.item(client, "VISIT", LocalDate.of(2026, 3, 2), 150, null);
    long remote = fixtures.item(client, "REMOTE", LocalDate.of(2026, 3, 3), 75, null);
    long partly = fixtures.item(client, "REMOTE", LocalDate.of(2026, 3, 4), 60, null);
    long beyond = fixtures.item(client, "VISIT", LocalDate.of(2026, 3, 5), 60, null);

    String first = nightlyRun(client, LocalDate.of(2026, 3, 10));
    List<Line> march = lines(first);
    // 2.5 h of visit: five started half hours, all within the 4 included hours
    assertLine(line(march, visit), "2.50", "0.00", "0.00", "2.50");
    assertTrue(line(march, visit).description().contains(contract.getNumber()));
    // 1.25 h of remote work: five quarters, within the 1.5 h left
    assertLine(line(march, remote), "5.00", "0.00", "0.00", "1.25");
    // 1 h of remote work with 0.25 h left: three quarters charged at 15.00 less 10 %
    assertLine(line(march, partly), "3.00", "13.50", "40.50", "0.25");
    // the month's hours are used up: the visit is charged at the contract's own rate
    assertLine(line(march, beyond), "1.00", "55.00", "55.00", "0.00");
    assertEquals(
        List.of("2026-01-01", "2026-02-01", "2026-03-01"), feePeriods(march, contract.getId()));
    assertEquals(new BigDecimal("635.50"), taxBase(first), "3 × 180.00 + 40.50 + 55.00");

    long sameMonth = fixtures.item(client, "REMOTE", LocalDate.of(2026, 3, 20), 30, null);
    long nextMonth = fixtures.item(client, "REMOTE", LocalDate.of(2026, 4, 2), 60, null);
    String second = nightlyRun(client, LocalDate.of(2026, 4, 30));
    List<Line> april = lines(second);
    // the hours invoiced earlier in March count: the later March work gets none of them again
    assertLine(line(april, sameMonth), "2.00", "13.50", "27.00", "0.00");
    // April has its own 4 included hours
    assertLine(line(april, nextMonth), "4.00", "0.00", "0.00", "1.00");
    assertEquals(List.of("2026-04-01"), feePeriods(april, contract.getId()));
    assertEquals(new BigDecimal("207.00"), taxBase(second), "180.00 + 27.00");
  }

  @Test
  void feePeriodsAreInvoicedExactlyOnceWhenTheRunIsRepeated() {
    Contract contract = concluded(STANDARD);
    long client = contract.getClient().getId();
    LocalDate billing = LocalDate.of(2026, 3, 15);

    asOperator.call(() -> invoicing.collect(billing));
    assertEquals(0, asOperator.call(() -> invoicing.collect(billing)), "collected once");
    Proposal proposal = asOperator.call(() -> invoicing.propose(client, billing));
    Proposal again = asOperator.call(() -> invoicing.propose(client, billing));
    assertEquals(3, proposal.lines(), "January, February and March, in advance");
    assertEquals(proposal.itemIds(), again.itemIds(), "proposing writes nothing");
    assertEquals(new BigDecimal("540.00"), proposal.taxBase());

    String number = asOperator.call(() -> invoicing.issue(proposal)).orElseThrow();
    assertTrue(asOperator.call(() -> invoicing.issue(proposal)).isEmpty(), "issued once");
    assertTrue(asOperator.call(() -> invoicing.issue(again)).isEmpty(), "issued once");
    assertEquals(0, asOperator.call(() -> invoicing.collect(billing)));
    assertEquals(0, asOperator.call(() -> invoicing.propose(client, billing)).lines());

    List<Line> lines = lines(number);
    assertEquals(
        List.of("2026-01-01", "2026-02-01", "2026-03-01"), feePeriods(lines, contract.getId()));
    Line january = lines.get(0);
    assertEquals(ServiceType.CONTRACT_FEE.name(), january.type());
    assertEquals(
        "Абонаментна такса по договор № " + contract.getNumber() + " за 01.01.2026 – 31.01.2026",
        january.description());
    assertEquals(new BigDecimal("180.00"), january.taxBase());

    String april = nightlyRun(client, LocalDate.of(2026, 4, 30));
    assertEquals(List.of("2026-04-01"), feePeriods(lines(april), contract.getId()));
    assertEquals(
        4,
        fixtures.number(
            "SELECT COUNT(*) FROM invoice_line l JOIN billable_item b ON b.id = l.billable_item_id"
                + " WHERE b.source_key LIKE ?",
            "contract-fee:" + contract.getId() + ":%"),
        "one line per period over all invoices");
  }

  @Test
  void noFeePeriodFallsDueFromTheTerminationOn() {
    Contract contract = concluded(STANDARD);
    long client = contract.getClient().getId();
    asStaff.call(
        () ->
            contracts.terminate(
                contract.getId(),
                contract.getVersion(),
                LocalDate.of(2026, 3, 1),
                "Клиентът се оттегли"));

    String number = nightlyRun(client, LocalDate.of(2026, 6, 30));
    List<Line> lines = lines(number);
    assertEquals(List.of("2026-01-01", "2026-02-01"), feePeriods(lines, contract.getId()));
    assertEquals(
        2,
        fixtures.number(
            "SELECT COUNT(*) FROM billable_item WHERE source_key LIKE ?",
            "contract-fee:" + contract.getId() + ":%"),
        "the periods from March on were never registered");
    assertEquals(new BigDecimal("360.00"), taxBase(number));

    // work after the termination is no longer covered: list price
    long after = fixtures.item(client, "VISIT", LocalDate.of(2026, 3, 2), 60, null);
    String later = nightlyRun(client, LocalDate.of(2026, 6, 30));
    assertLine(line(lines(later), after), "1.00", "60.00", "60.00", "0.00");
  }

  @Test
  void feesRegisteredBeforeABackDatedTerminationAreWithdrawnUnlessInvoiced() {
    Contract contract = concluded(STANDARD);
    long client = contract.getClient().getId();
    nightlyRun(client, LocalDate.of(2026, 2, 15));
    // the fees up to June are registered, but that client's invoice is not issued yet
    asOperator.call(() -> invoicing.collect(LocalDate.of(2026, 6, 30)));
    asStaff.call(
        () ->
            contracts.terminate(
                contract.getId(),
                contract.getVersion(),
                LocalDate.of(2026, 2, 1),
                "Прекратен със задна дата"));

    Proposal proposal =
        asOperator.call(
            () -> {
              invoicing.collect(LocalDate.of(2026, 6, 30));
              return invoicing.propose(client, LocalDate.of(2026, 6, 30));
            });
    assertEquals(0, proposal.lines(), "no fee from the termination on: " + proposal);
    assertEquals(
        List.of("2026-01-01", "2026-02-01"),
        feePeriodsInvoiced(contract.getId()),
        "what was invoiced before stays (a credit note is finance's decision)");
    assertEquals(
        2,
        fixtures.number(
            "SELECT COUNT(*) FROM billable_item WHERE source_key LIKE ?",
            "contract-fee:" + contract.getId() + ":%"));
  }

  @Test
  void aServiceTheContractDoesNotCoverIsChargedAtTheListPriceLessTheContractsDiscount() {
    Contract discounted = concluded(STANDARD);
    long withDiscount = discounted.getClient().getId();
    long password =
        fixtures.item(withDiscount, "PASSWORD_RECOVERY", LocalDate.of(2026, 3, 5), 0, null);
    String number = nightlyRun(withDiscount, LocalDate.of(2026, 3, 10));
    Line line = line(lines(number), password);
    // ContractTerms: the discount applies to work outside the scope as well (30.00 less 10 %)
    assertLine(line, "1.00", "27.00", "27.00", "0.00");
    assertFalse(line.description().contains("покрито"), line.description());

    Contract plain = concluded(ContractsToBill.scope("4", "180.00", "0"));
    long withoutDiscount = plain.getClient().getId();
    long listed =
        fixtures.item(withoutDiscount, "PASSWORD_RECOVERY", LocalDate.of(2026, 3, 5), 0, null);
    String other = nightlyRun(withoutDiscount, LocalDate.of(2026, 3, 10));
    assertLine(line(lines(other), listed), "1.00", "30.00", "30.00", "0.00");
  }

  @Test
  void includedHoursThatAreNoWholeQuarterCoverWholeQuartersOfRemoteWork() {
    Contract contract = concluded(ContractsToBill.scope("1.10", "180.00", "10"));
    long client = contract.getClient().getId();
    long remote = fixtures.item(client, "REMOTE", LocalDate.of(2026, 3, 3), 90, null);
    String number = nightlyRun(client, LocalDate.of(2026, 3, 10));
    // 1.5 h = six quarters; four are covered, two charged at 15.00 less 10 %
    assertLine(line(lines(number), remote), "2.00", "13.50", "27.00", "1.00");
  }

  private Contract concluded(Scope scope) {
    return contractsToBill.concluded(JAN_1, DEC_31, scope);
  }

  /** What the nightly run does for one client: collect, propose, issue. */
  private String nightlyRun(long client, LocalDate billingDate) {
    return asOperator.call(
        () -> {
          invoicing.collect(billingDate);
          return invoicing.issue(invoicing.propose(client, billingDate)).orElseThrow();
        });
  }

  private BigDecimal taxBase(String number) {
    Invoice invoice = asFinance.call(() -> invoices.find(number));
    return invoice.getTaxBase();
  }

  private static void assertLine(
      Line line, String quantity, String unitPrice, String taxBase, String covered) {
    String what = line.toString();
    assertEquals(new BigDecimal(quantity), line.quantity(), what);
    assertEquals(new BigDecimal(unitPrice), line.unitPrice(), what);
    assertEquals(new BigDecimal(taxBase), line.taxBase(), what);
    assertEquals(new BigDecimal(covered), line.coveredHours(), what);
  }

  private static Line line(List<Line> lines, long itemId) {
    return lines.stream()
        .filter(l -> l.itemId() == itemId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line for item " + itemId + " in " + lines));
  }

  /** The period starts of the contract's fee lines, in line order. */
  private static List<String> feePeriods(List<Line> lines, long contractId) {
    String prefix = "contract-fee:" + contractId + ":";
    return lines.stream()
        .filter(l -> l.sourceKey().startsWith(prefix))
        .map(l -> l.sourceKey().substring(prefix.length()))
        .toList();
  }

  /** The period starts of the contract's fee periods on any invoice, ascending. */
  private List<String> feePeriodsInvoiced(long contractId) {
    String prefix = "contract-fee:" + contractId + ":";
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT b.source_key FROM invoice_line l"
                    + " JOIN billable_item b ON b.id = l.billable_item_id"
                    + " WHERE b.source_key LIKE ? ORDER BY b.source_key")) {
      ps.setString(1, prefix + "%");
      List<String> periods = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          periods.add(rs.getString(1).substring(prefix.length()));
        }
      }
      return periods;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Line> lines(String number) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT b.id, b.source_key, l.service_type, l.quantity, l.unit_price, l.tax_base,"
                    + " l.covered_hours, l.description_bg FROM invoice_line l"
                    + " JOIN invoice i ON i.id = l.invoice_id"
                    + " JOIN billable_item b ON b.id = l.billable_item_id"
                    + " WHERE i.number = ? ORDER BY l.line_no")) {
      ps.setString(1, number);
      List<Line> lines = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          lines.add(
              new Line(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getBigDecimal(4),
                  rs.getBigDecimal(5),
                  rs.getBigDecimal(6),
                  rs.getBigDecimal(7),
                  rs.getString(8)));
        }
      }
      return lines;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
