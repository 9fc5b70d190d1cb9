package bg.omegasoft.it.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.billing.boundary.InvoiceSummary;
import bg.omegasoft.billing.boundary.Invoices;
import bg.omegasoft.billing.boundary.NightlyInvoicing;
import bg.omegasoft.billing.boundary.Payments;
import bg.omegasoft.billing.boundary.PriceLists;
import bg.omegasoft.billing.control.CreditorReference;
import bg.omegasoft.billing.entity.BillingException;
import bg.omegasoft.billing.entity.Invoice;
import bg.omegasoft.billing.entity.PaymentState;
import bg.omegasoft.billing.entity.PriceListException;
import bg.omegasoft.billing.entity.PriceListVersion;
import bg.omegasoft.it.support.AsClientAdmin;
import bg.omegasoft.it.support.AsFinance;
import bg.omegasoft.it.support.AsOperator;
import bg.omegasoft.it.support.BillingData;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.entity.ServiceType;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The price list never overlaps; payments are matched by reference and move an invoice from unpaid
 * to partly paid to paid; a client administrator sees only its own company's documents.
 */
@ExtendWith(ArquillianExtension.class)
class BillingRulesIT {

  static final LocalDate DAY = LocalDate.of(2026, 11, 21);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(BillingRulesIT.class);
  }

  @EJB PriceLists priceLists;
  @EJB Payments payments;
  @EJB Invoices invoices;
  @EJB NightlyInvoicing invoicing;
  @EJB AsFinance asFinance;
  @EJB AsOperator asOperator;
  @EJB AsClientAdmin asClientAdmin;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource db;

  static Map<ServiceType, BigDecimal> prices(String visit) {
    Map<ServiceType, BigDecimal> prices = new EnumMap<>(ServiceType.class);
    for (ServiceType type : PriceListVersion.LISTED) {
      prices.put(type, new BigDecimal("20.00"));
    }
    prices.put(ServiceType.VISIT, new BigDecimal(visit));
    return prices;
  }

  @Test
  void anOverlappingPriceListVersionIsRefusedAndHistoryIsKept() {
    List<PriceListVersion> before = asFinance.call(() -> priceLists.versions());
    PriceListException overlap =
        assertThrows(
            PriceListException.class,
            () ->
                asFinance.call(
                    () -> priceLists.add(LocalDate.of(2026, 6, 1), prices("70"), BigDecimal.TEN)));
    assertEquals("billing.priceList.overlap", overlap.messageKey());
    assertThrows(
        PriceListException.class,
        () ->
            asFinance.call(
                () -> priceLists.add(LocalDate.of(2026, 1, 1), prices("70"), BigDecimal.TEN)));
    assertEquals(before.size(), asFinance.call(() -> priceLists.versions()).size());
    PriceListException missing =
        assertThrows(
            PriceListException.class,
            () ->
                asFinance.call(
                    () ->
                        priceLists.add(
                            LocalDate.of(2030, 1, 1),
                            Map.of(ServiceType.VISIT, BigDecimal.ONE),
                            BigDecimal.ONE)));
    assertEquals("billing.priceList.priceMissing", missing.messageKey());
  }

  @Test
  void aNewVersionEndsThePreviousOneAndPricesWorkOfItsDays() {
    LocalDate from = LocalDate.of(2031, 1, 1);
    asFinance.call(() -> priceLists.add(from, prices("99.00"), BigDecimal.TEN));
    List<PriceListVersion> versions = asFinance.call(() -> priceLists.versions());
    assertEquals(from, versions.get(0).getValidFrom());
    assertNull(versions.get(0).getValidTo());
    assertEquals(
        from.minusDays(1),
        versions.get(1).getValidTo(),
        "the previous version ends the day before");

    BillingData fixtures = new BillingData(db);
    long client = fixtures.client("Бъдеща фирма");
    fixtures.item(client, "VISIT", LocalDate.of(2031, 2, 3), 60, null);
    fixtures.item(client, "VISIT", DAY, 60, null);
    NightlyInvoicing.Proposal proposal =
        asOperator.call(() -> invoicing.propose(client, LocalDate.of(2031, 3, 1)));
    assertEquals(new BigDecimal("159.00"), proposal.taxBase(), "60.00 in 2026 and 99.00 in 2031");
  }

  @Test
  void paymentsAreMatchedByReferenceAndTheStateFollows() {
    BillingData fixtures = new BillingData(db);
    long client = fixtures.client("Платежна фирма");
    fixtures.remoteWork(client, DAY, 60);
    String number =
        asOperator.call(() -> invoicing.issue(invoicing.propose(client, DAY))).orElseThrow();
    assertEquals(PaymentState.UNPAID, asFinance.call(() -> invoices.summary(number)).state());

    String reference = CreditorReference.of(number);
    asFinance.call(
        () ->
            payments.record(
                LocalDate.now(),
                new BigDecimal("50.00"),
                "Платежна фирма",
                null,
                reference.substring(0, 4) + " " + reference.substring(4)));
    InvoiceSummary partly = asFinance.call(() -> invoices.summary(number));
    assertEquals(PaymentState.PARTLY_PAID, partly.state());
    assertEquals(new BigDecimal("22.00"), partly.getOpen());

    asFinance.call(
        () ->
            payments.record(
                LocalDate.now(),
                new BigDecimal("22.00"),
                "Платежна фирма",
                "BG11UNCR70001520412307",
                "по фактура " + number));
    assertEquals(PaymentState.PAID, asFinance.call(() -> invoices.summary(number)).state());

    BillingException iban =
        assertThrows(
            BillingException.class,
            () ->
                asFinance.call(
                    () ->
                        payments.record(
                            LocalDate.now(), BigDecimal.ONE, "X", "BG11UNCR70001520412308", "x")));
    assertEquals("billing.payment.ibanInvalid", iban.messageKey());
    assertTrue(
        asFinance.call(() -> payments.recent(10)).stream()
            .anyMatch(
                p ->
                    number.equals(p.invoiceNumber())
                        && p.payment().getAmount().equals(new BigDecimal("22.00"))));
  }

  @Test
  void theDemoOverdueInvoiceIsListed() {
    List<InvoiceSummary> overdue = asFinance.call(() -> invoices.overdue());
    assertTrue(overdue.stream().anyMatch(s -> s.number().equals("0000000002")), overdue.toString());
    assertFalse(overdue.stream().anyMatch(s -> s.number().equals("0000000001")), "paid");
  }

  @Test
  void aClientAdministratorSeesOnlyItsOwnCompanysDocuments() {
    BillingData fixtures = new BillingData(db);
    long other = fixtures.client("Чужда фирма");
    fixtures.remoteWork(other, DAY, 30);
    String foreign =
        asOperator.call(() -> invoicing.issue(invoicing.propose(other, DAY))).orElseThrow();

    List<InvoiceSummary> mine = asClientAdmin.call(() -> invoices.list(other, null, null));
    assertFalse(mine.isEmpty(), "the demo invoices of Деметра Агро");
    long demetra = mine.get(0).clientId();
    assertTrue(
        mine.stream().allMatch(s -> s.clientId() == demetra),
        "the client filter cannot widen the view");
    Invoice own = asClientAdmin.call(() -> invoices.find("0000000001"));
    assertEquals("Деметра Агро ЕООД", own.getCustomerName());
    assertThrows(NotFoundException.class, () -> asClientAdmin.call(() -> invoices.find(foreign)));
    assertThrows(
        NotFoundException.class, () -> asClientAdmin.call(() -> invoices.pdf(foreign, false)));
    assertThrows(NotFoundException.class, () -> asClientAdmin.call(() -> invoices.xml(foreign)));
    assertThrows(
        NotFoundException.class, () -> asClientAdmin.call(() -> invoices.find("9999999999")));
  }

  @Test
  void anInvalidVatNumberOfTheCustomerStopsInvoicingWithAMessage() {
    BillingData fixtures = new BillingData(db);
    long client = fixtures.client("Грешна фирма");
    fixtures.refusal("UPDATE client SET vat_number = 'BG12' WHERE id = ?", client);
    fixtures.remoteWork(client, LocalDate.now().minusDays(1), 30);
    BillingException refused =
        assertThrows(
            BillingException.class, () -> asFinance.call(() -> invoices.invoiceNow(client)));
    assertEquals("billing.customer.vatInvalid", refused.messageKey());
    assertTrue(
        asOperator
            .call(() -> invoicing.issue(invoicing.propose(client, LocalDate.now())))
            .isEmpty());
    assertTrue(
        asOperator.call(() -> invoicing.skippedOn(LocalDate.now())).stream()
            .anyMatch(s -> s.reason().contains("Невалиден ДДС номер")));
  }
}
