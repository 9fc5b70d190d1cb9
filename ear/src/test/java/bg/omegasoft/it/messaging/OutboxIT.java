package bg.omegasoft.it.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.billing.boundary.NightlyInvoicing;
import bg.omegasoft.it.support.AsAdmin;
import bg.omegasoft.it.support.AsOperator;
import bg.omegasoft.it.support.BillingData;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Smtp;
import bg.omegasoft.messaging.boundary.OutgoingMails;
import bg.omegasoft.messaging.control.DeliveryLedger;
import bg.omegasoft.messaging.entity.MailState;
import bg.omegasoft.operations.boundary.InvoiceRuns;
import bg.omegasoft.operations.boundary.Jobs;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one outbox: invoice e-mails made while the mail server is down, by a nightly invoice run or
 * by a delivery on its own, wait (PENDING, with their attempts and the last error) and, once it is
 * back, arrive exactly once each with their PDF; a rolled-back business transaction queues nothing;
 * an administrator's resend of a failed mail delivers it; of nodes claiming one mail at once, one
 * wins. The mail server is a real one (GreenMail) on the test server's SMTP port, started and
 * stopped here, inside the server.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

  static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(OutboxIT.class, GreenMail.class);
  }

  @EJB NightlyInvoicing invoicing;
  @EJB OutgoingMails outgoing;
  @EJB AsOperator asOperator;
  @EJB AsAdmin asAdmin;
  @EJB DeliveryLedger ledger;
  @EJB InvoiceRuns invoiceRuns;
  @EJB Jobs jobs;

  @Resource(lookup = "java:jboss/mail/Omex")
  Session mailSession;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Resource UserTransaction tx;

  @PersistenceContext(unitName = "omex")
  EntityManager em;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource db;

  BillingData fixtures;
  GreenMail smtp;

  @BeforeEach
  void fixtures() {
    fixtures = new BillingData(db);
  }

  @AfterEach
  void stopMailServer() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void invoiceMailsWaitWhileTheMailServerIsDownAndArriveOnceWithTheirPdf() throws Exception {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      numbers.add(issueForClientWithMail("Пощенска фирма " + i));
    }
    asOperator.call(
        () -> {
          invoicing.deliver(numbers);
          return null;
        });

    for (String number : numbers) {
      await(
          () -> fixtures.number(SELECT_ATTEMPTS, key(number)) >= 1,
          "an attempt at the mail of " + number);
      assertEquals("PENDING", text("SELECT state FROM outgoing_mail WHERE dedup_key = ?", number));
      assertNotNull(
          text("SELECT last_error FROM outgoing_mail WHERE dedup_key = ?", number),
          "the reason it was not sent");
    }

    startMailServer();
    // the back-off pause of the failed attempt has run out
    fixtures.update(
        "UPDATE outgoing_mail SET next_attempt_at = UTC_TIMESTAMP(3) WHERE dedup_key IN (?, ?, ?)",
        key(numbers.get(0)),
        key(numbers.get(1)),
        key(numbers.get(2)));
    for (String number : numbers) {
      await(() -> about(number).size() == 1, "the mail of " + number);
    }
    asOperator.call(
        () -> {
          invoicing.deliver(numbers);
          return null;
        });
    Thread.sleep(3_000);
    for (String number : numbers) {
      List<MimeMessage> received = about(number);
      assertEquals(1, received.size(), "exactly once: " + number);
      MimeMessage mail = received.get(0);
      assertTrue(mail.getSubject().contains("ОмегаСофт"), mail.getSubject());
      byte[] pdf = Smtp.attachment(mail, number + ".pdf");
      assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
      assertTrue(Smtp.attachment(mail, number + ".xml").length > 100, "the UBL XML too");
      assertEquals("SENT", text("SELECT state FROM outgoing_mail WHERE dedup_key = ?", number));
      assertEquals(
          1,
          fixtures.number("SELECT COUNT(*) FROM outgoing_mail WHERE dedup_key = ?", key(number)));
    }
  }

  @Test
  void theMailsOfANightlyInvoiceRunMadeWhileTheMailServerIsDownArriveOnceItIsBack()
      throws Exception {
    LocalDate day = freeBillingDate();
    List<Long> clients = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long client = fixtures.client("Нощна пощенска фирма " + i);
      fixtures.update(
          "UPDATE client SET email = ? WHERE id = ?",
          "night-" + UUID.randomUUID() + "@example.com",
          client);
      fixtures.remoteWork(client, day, 60);
      clients.add(client);
    }

    long execution =
        asOperator.call(() -> invoiceRuns.start(new InvoiceRuns.Request(day, false, 2)));
    Set<BatchStatus> ended =
        EnumSet.of(
            BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);
    BatchStatus status = null;
    for (int i = 0; i < 240 && !ended.contains(status); i++) {
      Thread.sleep(500);
      status = asOperator.call(() -> jobs.execution(execution).getBatchStatus());
    }
    assertEquals(BatchStatus.COMPLETED, status, "the run ends while the mail server is down");

    List<String> numbers = new ArrayList<>();
    for (long client : clients) {
      numbers.add(invoiceNumberOf(client));
    }
    for (String number : numbers) {
      await(
          () -> fixtures.number(SELECT_ATTEMPTS, key(number)) >= 1,
          "an attempt at the mail of " + number);
      assertEquals("PENDING", text("SELECT state FROM outgoing_mail WHERE dedup_key = ?", number));
    }

    startMailServer();
    for (String number : numbers) {
      fixtures.update(
          "UPDATE outgoing_mail SET next_attempt_at = UTC_TIMESTAMP(3) WHERE dedup_key = ?",
          key(number));
    }
    for (String number : numbers) {
      await(() -> about(number).size() == 1, "the mail of " + number);
    }
    Thread.sleep(3_000);
    for (String number : numbers) {
      assertEquals(1, about(number).size(), "exactly once: " + number);
      byte[] pdf = Smtp.attachment(about(number).get(0), number + ".pdf");
      assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
      assertEquals("SENT", text("SELECT state FROM outgoing_mail WHERE dedup_key = ?", number));
    }
  }

  private String invoiceNumberOf(long client) throws java.sql.SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT number FROM invoice WHERE client_id = ? AND kind = 'INVOICE'")) {
      ps.setLong(1, client);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), "the run invoiced client " + client);
        return rs.getString(1);
      }
    }
  }

  /** A billing date of 2025 no run has taken yet, before any demo work (prices exist from 2025). */
  private LocalDate freeBillingDate() {
    LocalDate day = LocalDate.of(2025, 2, 1);
    while (fixtures.number(
            "SELECT COUNT(*) FROM invoice_run WHERE billing_date = ?", java.sql.Date.valueOf(day))
        > 0) {
      day = day.plusDays(1);
    }
    return day;
  }

  @Test
  void aRolledBackBusinessTransactionQueuesNothing() throws Exception {
    String number = issueForClientWithMail("Върната фирма");
    tx.begin();
    try {
      asOperator.call(
          () -> {
            invoicing.deliver(List.of(number));
            return null;
          });
      assertEquals(
          1L,
          em.createQuery("select count(m) from OutgoingMail m where m.dedupKey = :key", Long.class)
              .setParameter("key", key(number))
              .getSingleResult(),
          "queued in the business transaction");
    } finally {
      tx.rollback();
    }
    assertEquals(
        0, fixtures.number("SELECT COUNT(*) FROM outgoing_mail WHERE dedup_key = ?", key(number)));
  }

  @Test
  void aFailedMailIsResentByTheAdministratorAndArrives() throws Exception {
    String number = issueForClientWithMail("Неуспешна фирма");
    asOperator.call(
        () -> {
          invoicing.deliver(List.of(number));
          return null;
        });
    await(() -> fixtures.number(SELECT_ATTEMPTS, key(number)) >= 1, "a first attempt");
    // the retries ran out while the mail server stayed away: the next attempt is the last
    fixtures.update(
        "UPDATE outgoing_mail SET attempts = 9, next_attempt_at = UTC_TIMESTAMP(3)"
            + " WHERE dedup_key = ?",
        key(number));
    await(
        () -> "FAILED".equals(text("SELECT state FROM outgoing_mail WHERE dedup_key = ?", number)),
        "given up after the last attempt");
    long id = fixtures.number("SELECT id FROM outgoing_mail WHERE dedup_key = ?", key(number));

    startMailServer();
    Thread.sleep(1_000);
    assertEquals(0, about(number).size(), "a failed mail waits for the administrator");
    assertEquals(MailState.PENDING, asAdmin.call(() -> outgoing.resend(id)).getState(), "resent");
    await(() -> about(number).size() == 1, "the resent mail");
    await(
        () -> "SENT".equals(text("SELECT state FROM outgoing_mail WHERE dedup_key = ?", number)),
        "marked sent");
    assertEquals(1, about(number).size());
  }

  @Test
  void eightNodesClaimingOneMailAtOnceLeaveItToOne() throws Exception {
    String key = "outbox-it:claim:" + UUID.randomUUID();
    fixtures.update(
        "INSERT INTO outgoing_mail (recipient, subject, body, language, message_id, dedup_key,"
            + " state, created_at, attempts, next_attempt_at)"
            + " VALUES ('claim@example.com', 'Claim', 'Body', 'bg', ?, ?, 'PENDING',"
            + " UTC_TIMESTAMP(3), 0, UTC_TIMESTAMP(3) - INTERVAL 1 SECOND)",
        "<" + UUID.randomUUID() + "@desk.omegasoft.bg>",
        key);
    long id = fixtures.number("SELECT id FROM outgoing_mail WHERE dedup_key = ?", key);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> claims = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      claims.add(
          executor.submit(
              () -> {
                start.await();
                return ledger.claim(id, mailSession).isPresent();
              }));
    }
    start.countDown();
    int won = 0;
    for (Future<Boolean> claim : claims) {
      won += claim.get() ? 1 : 0;
    }
    assertEquals(1, won, "one claim wins, the others find the mail taken");
    assertTrue(
        fixtures.number(
                "SELECT COUNT(*) FROM outgoing_mail WHERE id = ?"
                    + " AND next_attempt_at > UTC_TIMESTAMP(3) + INTERVAL 4 MINUTE",
                id)
            == 1,
        "the winner holds it for the lease");
    fixtures.update("DELETE FROM outgoing_mail WHERE id = ?", id);
  }

  private static final String SELECT_ATTEMPTS =
      "SELECT attempts FROM outgoing_mail WHERE dedup_key = ?";

  private static String key(String number) {
    return "billing-document:" + number;
  }

  private String issueForClientWithMail(String name) {
    long client = fixtures.client(name);
    String email = "finance-" + UUID.randomUUID() + "@example.com";
    fixtures.update("UPDATE client SET email = ? WHERE id = ?", email, client);
    fixtures.remoteWork(client, DAY, 45);
    return asOperator.call(() -> invoicing.issue(invoicing.propose(client, DAY))).orElseThrow();
  }

  private void startMailServer() {
    smtp = Smtp.start();
  }

  private List<MimeMessage> about(String number) {
    if (smtp == null) {
      return List.of();
    }
    return Smtp.received(smtp, number);
  }

  private String text(String sql, String number) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, key(number));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    for (int i = 0; i < 120; i++) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("waited 60 s for " + what);
  }
}
