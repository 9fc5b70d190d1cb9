package bg.omegasoft.it.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.billing.boundary.Invoices;
import bg.omegasoft.billing.boundary.NightlyInvoicing;
import bg.omegasoft.billing.boundary.NightlyInvoicing.Proposal;
import bg.omegasoft.billing.entity.Invoice;
import bg.omegasoft.billing.entity.InvoiceKind;
import bg.omegasoft.it.support.AsFinance;
import bg.omegasoft.it.support.AsOperator;
import bg.omegasoft.it.support.BillingData;
import bg.omegasoft.it.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issuing under load and failure: many invoices at once get unique, contiguous numbers; the same
 * items issued at once are invoiced exactly once; a rolled-back issue uses no number; the database
 * itself refuses a second line for an item and any change to an issued document.
 */
@ExtendWith(ArquillianExtension.class)
class InvoicingIT {

  static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(InvoicingIT.class);
  }

  @EJB NightlyInvoicing invoicing;
  @EJB Invoices invoices;
  @EJB AsOperator asOperator;
  @EJB AsFinance asFinance;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource db;

  BillingData fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new BillingData(db);
  }

  @Test
  void manyInvoicesIssuedAtOnceGetUniqueContiguousNumbers() throws Exception {
    int clients = 16;
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      long client = fixtures.client("Паралелна фирма");
      fixtures.remoteWork(client, DAY, 20, 35, 50);
      ids.add(client);
    }
    long before = fixtures.counter();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Optional<String>>> results = new ArrayList<>();
    for (long client : ids) {
      results.add(
          executor.submit(
              () -> {
                start.await();
                return asOperator.call(() -> invoicing.issue(invoicing.propose(client, DAY)));
              }));
    }
    start.countDown();
    Set<Long> numbers = new TreeSet<>();
    for (Future<Optional<String>> result : results) {
      numbers.add(Long.parseLong(result.get().orElseThrow()));
    }
    assertEquals(clients, numbers.size(), "unique");
    Set<Long> expected = new TreeSet<>();
    for (long n = before + 1; n <= before + clients; n++) {
      expected.add(n);
    }
    assertEquals(expected, numbers, "contiguous, right after the last number used before");
    assertEquals(before + clients, fixtures.counter());
    for (long client : ids) {
      assertEquals(
          3,
          fixtures.number(
              "SELECT COUNT(*) FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id WHERE i.client_id = ?",
              client),
          "one line per item");
    }
  }

  @Test
  void theSameItemsIssuedAtOnceAreInvoicedExactlyOnce() throws Exception {
    long client = fixtures.client("Двойна фирма");
    List<Long> items = fixtures.remoteWork(client, DAY, 15, 30, 45, 60, 75);
    Proposal proposal = asOperator.call(() -> invoicing.propose(client, DAY));
    assertEquals(5, proposal.lines());
    long before = fixtures.counter();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Optional<String>>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      results.add(
          executor.submit(
              () -> {
                start.await();
                return asOperator.call(() -> invoicing.issue(proposal));
              }));
    }
    start.countDown();
    List<String> issued = new ArrayList<>();
    for (Future<Optional<String>> result : results) {
      result.get().ifPresent(issued::add);
    }
    assertEquals(1, issued.size(), "exactly one succeeds");
    assertEquals(before + 1, fixtures.counter(), "no number lost by the others");
    assertEquals(String.format("%010d", before + 1), issued.get(0));
    for (long item : items) {
      assertEquals(
          1, fixtures.number("SELECT COUNT(*) FROM invoice_line WHERE billable_item_id = ?", item));
    }
    assertTrue(
        asOperator.call(() -> invoicing.clientsToInvoice(DAY)).stream()
            .noneMatch(c -> c == client));
  }

  @Test
  void aRolledBackIssueLeavesNoInvoiceAndNoUsedNumber() {
    long client = fixtures.client("Върната фирма");
    List<Long> items = fixtures.remoteWork(client, DAY, 40);
    long before = fixtures.counter();
    long documents = fixtures.number("SELECT COUNT(*) FROM invoice");
    assertThrows(
        EJBException.class,
        () ->
            asOperator.call(
                () -> {
                  invoicing.issue(invoicing.propose(client, DAY)).orElseThrow();
                  throw new IllegalStateException("the chunk fails after the invoice was issued");
                }));
    assertEquals(before, fixtures.counter(), "the number is given back");
    assertEquals(documents, fixtures.number("SELECT COUNT(*) FROM invoice"));
    assertEquals(
        0,
        fixtures.number(
            "SELECT COUNT(*) FROM invoice_line WHERE billable_item_id = ?", items.get(0)));
    String number =
        asOperator.call(() -> invoicing.issue(invoicing.propose(client, DAY))).orElseThrow();
    assertEquals(
        String.format("%010d", before + 1), number, "the next issue takes the same number");
  }

  @Test
  void theDatabaseAllowsAtMostOneLinePerItemAndNeverChangesAnIssuedDocument() {
    long client = fixtures.client("Неизменна фирма");
    long item = fixtures.remoteWork(client, DAY, 30).get(0);
    String number =
        asOperator.call(() -> invoicing.issue(invoicing.propose(client, DAY))).orElseThrow();
    long invoiceId = fixtures.number("SELECT id FROM invoice WHERE number = ?", number);

    SQLException secondLine =
        fixtures.refusal(
            "INSERT INTO invoice_line (invoice_id, line_no, billable_item_id, service_type, description_bg,"
                + " done_on, quantity, unit_code, unit_bg, unit_price, tax_base, vat_rate)"
                + " VALUES (?, 99, ?, 'REMOTE', 'втори ред', '2026-11-20', 1, 'C62', 'бр.', 1, 1, 20)",
            invoiceId,
            item);
    assertNotNull(secondLine, "a second line for the same item is refused");
    assertTrue(
        secondLine.getMessage().contains("invoice_line_item_unique"), secondLine.getMessage());

    SQLException change = fixtures.refusal("UPDATE invoice SET total = 0 WHERE id = ?", invoiceId);
    assertNotNull(change);
    assertTrue(change.getMessage().contains("never changed"), change.getMessage());
    assertNotNull(fixtures.refusal("DELETE FROM invoice WHERE id = ?", invoiceId));
    assertNotNull(
        fixtures.refusal("UPDATE invoice_line SET unit_price = 0 WHERE invoice_id = ?", invoiceId));
    assertNotNull(fixtures.refusal("DELETE FROM invoice_line WHERE invoice_id = ?", invoiceId));
    assertNotNull(
        fixtures.refusal("UPDATE invoice_vat SET vat = 0 WHERE invoice_id = ?", invoiceId));
  }

  @Test
  void deliveringTwiceKeepsTheDocumentsAndQueuesTheMailOnce() {
    long client = fixtures.client("Доставена фирма");
    fixtures.remoteWork(client, DAY, 30);
    String number =
        asOperator.call(() -> invoicing.issue(invoicing.propose(client, DAY))).orElseThrow();
    asOperator.call(
        () -> {
          invoicing.deliver(List.of(number));
          return null;
        });
    asOperator.call(
        () -> {
          invoicing.deliver(List.of(number));
          return null;
        });
    assertEquals(
        3,
        fixtures.number(
            "SELECT COUNT(*) FROM invoice_document d JOIN invoice i ON i.id = d.invoice_id WHERE i.number = ?",
            number),
        "PDF, XML and the mail marker, once each");
    assertTrue(
        fixtures.number(
                "SELECT LENGTH(content) FROM invoice_document d JOIN invoice i ON i.id = d.invoice_id"
                    + " WHERE i.number = ? AND d.kind = 'PDF'",
                number)
            > 1000);
  }

  @Test
  void collectingTwiceRegistersNothingNewAndUnpricedItemsAreSkippedWithAReason() {
    LocalDate today = LocalDate.now();
    asOperator.call(() -> invoicing.collect(today));
    assertEquals(0, asOperator.call(() -> invoicing.collect(today)), "idempotent");

    long client = fixtures.client("Стара фирма");
    long old = fixtures.remoteWork(client, LocalDate.of(2020, 3, 2), 30).get(0);
    fixtures.remoteWork(client, DAY, 30);
    Proposal proposal = asOperator.call(() -> invoicing.propose(client, DAY));
    assertEquals(1, proposal.lines());
    assertEquals(1, proposal.skipped().size());
    String number = asOperator.call(() -> invoicing.issue(proposal)).orElseThrow();
    assertFalse(number.isBlank());
    List<NightlyInvoicing.Skip> skipped = asOperator.call(() -> invoicing.skippedOn(DAY));
    assertTrue(
        skipped.stream()
            .anyMatch(s -> s.billableItemId() == old && s.reason().startsWith("Няма цена")),
        skipped.toString());
  }

  @Test
  void invoiceNowByFinanceAndACreditNoteThatNeverCreditsMoreThanInvoiced() {
    long client = fixtures.client("Кредитирана фирма");
    fixtures.remoteWork(client, LocalDate.now().minusDays(1), 60);
    String number = asFinance.call(() -> invoices.invoiceNow(client)).orElseThrow();
    Invoice invoice = asFinance.call(() -> invoices.find(number));
    assertEquals(InvoiceKind.INVOICE, invoice.getKind());
    assertEquals(new java.math.BigDecimal("60.00"), invoice.getTaxBase(), "4 quarters at 15.00");
    assertEquals(new java.math.BigDecimal("72.00"), invoice.getTotal());
    long lineId = invoice.getLines().get(0).getId();

    String note =
        asFinance.call(
            () ->
                invoices.creditNote(
                    number, java.util.Map.of(lineId, new java.math.BigDecimal("1")), "Намаление"));
    Invoice credit = asFinance.call(() -> invoices.find(note));
    assertEquals(InvoiceKind.CREDIT_NOTE, credit.getKind());
    assertEquals(invoice.getId(), credit.getReferencedId());
    assertEquals(new java.math.BigDecimal("18.00"), credit.getTotal());
    assertEquals(
        Long.parseLong(number) + 1, Long.parseLong(note), "notes share the invoices' sequence");
    String xml =
        new String(
            asFinance.call(() -> invoices.xml(note)), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(xml.contains("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>"), xml);
    assertTrue(xml.contains("<cbc:ID>" + number + "</cbc:ID>"), xml);

    assertThrows(
        bg.omegasoft.billing.entity.BillingException.class,
        () ->
            asFinance.call(
                () ->
                    invoices.creditNote(
                        number,
                        java.util.Map.of(lineId, new java.math.BigDecimal("3.01")),
                        "Още")));
    assertEquals(
        new java.math.BigDecimal("18.00"),
        asFinance.call(() -> invoices.summary(number)).credited());
    assertTrue(asFinance.call(() -> invoices.pdf(note, false)).length > 1000);
  }
}
