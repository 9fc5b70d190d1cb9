package bg.omegasoft.it.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.AsAdmin;
import bg.omegasoft.it.support.AsFinance;
import bg.omegasoft.it.support.AsStaff;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Smtp;
import bg.omegasoft.servicedesk.boundary.Dispatch;
import bg.omegasoft.servicedesk.boundary.DutyRoster;
import bg.omegasoft.servicedesk.boundary.ExpressBreaches;
import bg.omegasoft.servicedesk.boundary.ExpressMonth;
import bg.omegasoft.servicedesk.boundary.ExpressReport;
import bg.omegasoft.servicedesk.boundary.ServiceRequests;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.ExpressClock;
import bg.omegasoft.servicedesk.entity.RequestRuleException;
import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.control.SofiaTime;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The express promise made real (issue 14): the warning at 20 hours and the breach after 24 real
 * hours, each given exactly once (audit row, notice, one e-mail to the dispatch address through the
 * outbox to a real mail server) even when two watchers look at the same moment; the on-duty roster
 * that lets an express request be booked on a Saturday to the consultant on duty only; and the
 * month's report that lists the breach without the double price. Fixed moments in May 2027, so the
 * server's own minute watch (today's time) never touches these requests.
 */
@ExtendWith(ArquillianExtension.class)
class ExpressDutyIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(ExpressDutyIT.class, GreenMail.class);
  }

  @EJB DeskFixtures fixtures;
  @EJB AsStaff asStaff;
  @EJB AsAdmin asAdmin;
  @EJB AsFinance asFinance;
  @EJB ExpressBreaches breaches;
  @EJB DutyRoster roster;
  @EJB Dispatch dispatch;
  @EJB ServiceRequests requests;
  @EJB ExpressReport report;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource database;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Test
  void twentyHoursAndFiveMinutesAfterReceiptTheDispatcherIsWarnedOnce() throws Exception {
    GreenMail smtp = Smtp.start();
    try {
      ServiceRequest express = fixtures.triagedRequest(RequestType.EXPRESS);
      Instant received = Instant.parse("2027-05-20T07:00:00Z");
      receivedAt(express, received);
      Instant now = received.plus(Duration.ofHours(20)).plus(Duration.ofMinutes(5));

      asAdmin.call(() -> breaches.recordDue(now));
      MimeMessage warning = Smtp.await(smtp, "Експресна заявка " + express.getNumber() + ":");
      assertTrue(
          warning.getAllRecipients()[0].toString().contains("desk@omegasoft.bg"),
          "the desk's own address when omex.express.alertTo is not set");
      String text = String.valueOf(warning.getContent());
      assertTrue(text.contains("/servicedesk/request.xhtml?id=" + express.getId()), text);
      asAdmin.call(() -> breaches.recordDue(now.plus(Duration.ofMinutes(1))));

      assertEquals(1, count("express-warning:" + express.getNumber()), "one mail queued");
      assertEquals(1, audits("SR_EXPRESS_WARNED", express.getNumber()));
      ServiceRequest warned = asStaff.call(() -> requests.find(express.getId()));
      assertEquals(now, warned.getExpressWarnedAt());
      assertEquals(null, warned.getExpressBreachedAt());
      assertEquals(ExpressClock.State.WARNING, warned.expressClock().stateAt(now));
      assertEquals(1, Smtp.received(smtp, "Експресна заявка " + express.getNumber() + ":").size());
    } finally {
      smtp.stop();
    }
  }

  @Test
  void aBreachCheckedByTwoWatchersAtOnceIsRecordedOnceAndReported() throws Exception {
    GreenMail smtp = Smtp.start();
    try {
      ServiceRequest express = fixtures.triagedRequest(RequestType.EXPRESS);
      Instant received = Instant.parse("2027-05-25T07:00:00Z");
      receivedAt(express, received);
      Instant now = received.plus(Duration.ofHours(24)).plus(Duration.ofMinutes(1));

      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> watchers = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        watchers.add(
            executor.submit(
                () -> {
                  go.await();
                  return asAdmin.call(() -> breaches.recordDue(now)).breached();
                }));
      }
      go.countDown();
      for (Future<Integer> watcher : watchers) {
        watcher.get(60, TimeUnit.SECONDS);
      }

      ServiceRequest breached = asStaff.call(() -> requests.find(express.getId()));
      assertEquals(now, breached.getExpressBreachedAt());
      assertEquals(1, audits("SR_EXPRESS_BREACHED", express.getNumber()), "one audit row");
      assertEquals(1, count("express-breach:" + express.getNumber()), "one mail queued");
      Smtp.await(smtp, "Експресна заявка " + express.getNumber() + " е просрочена");
      assertEquals(1, Smtp.received(smtp, "Експресна заявка " + express.getNumber() + " е").size());

      ExpressMonth may = asFinance.call(() -> report.of(YearMonth.of(2027, 5)));
      ExpressMonth.Row row =
          may.rows().stream()
              .filter(r -> r.number().equals(express.getNumber()))
              .findFirst()
              .orElseThrow();
      assertEquals(ExpressClock.State.BREACHED, row.state());
      assertEquals(received.plus(ExpressClock.PROMISE), row.dueAt());
      assertFalse(row.doublePrice(), "no double price for a breached promise");
      assertTrue(may.breached() >= 1);
    } finally {
      smtp.stop();
    }
  }

  @Test
  void onSaturdayAnExpressRequestGoesOnlyToTheConsultantOnDuty() {
    long onDuty = fixtures.newConsultant();
    long other = fixtures.newConsultant();
    Instant fridayEvening = sofia("2027-05-21T18:00");
    Instant mondayMorning = sofia("2027-05-24T09:00");
    asStaff.call(() -> roster.plan(onDuty, fridayEvening, mondayMorning));
    RequestRuleException overlap =
        assertThrows(
            RequestRuleException.class,
            () ->
                asStaff.call(
                    () ->
                        roster.plan(onDuty, sofia("2027-05-23T12:00"), sofia("2027-05-25T12:00"))));
    assertEquals("sd.duty.rule.overlap", overlap.messageKey());

    Instant saturday10 = sofia("2027-05-22T10:00");
    ServiceRequest express = fixtures.triagedRequest(RequestType.EXPRESS);
    RequestRuleException refused =
        assertThrows(RequestRuleException.class, () -> book(express, other, saturday10));
    assertEquals("sd.rule.expressOffDuty", refused.messageKey());
    String onDutyName =
        asStaff.call(() -> roster.consultants()).stream()
            .filter(u -> u.getId() == onDuty)
            .findFirst()
            .orElseThrow()
            .getFullName();
    assertTrue(
        String.valueOf(refused.arguments()[0]).contains(onDutyName),
        "the reason names who is on duty");

    ServiceRequest booked = book(express, onDuty, saturday10);
    assertEquals(RequestStatus.SCHEDULED, booked.getStatus());
    assertEquals(onDuty, booked.getConsultant().getId());
    assertEquals(saturday10, booked.getScheduledStart());

    ServiceRequest support = fixtures.triagedRequest(RequestType.SUPPORT);
    RequestRuleException ordinary =
        assertThrows(
            RequestRuleException.class, () -> book(support, onDuty, sofia("2027-05-22T12:00")));
    assertEquals("sd.rule.slotOutsideHours", ordinary.messageKey(), "only express on duty");
    assertTrue(
        asStaff.call(() -> roster.onDutyAt(saturday10)).stream()
            .anyMatch(s -> s.getConsultant().getId() == onDuty));
  }

  private ServiceRequest book(ServiceRequest request, long consultant, Instant start) {
    ServiceRequest current = asStaff.call(() -> requests.find(request.getId()));
    return asStaff.call(
        () ->
            dispatch.book(
                current.getId(),
                current.getVersion(),
                new Dispatch.Booking(
                    consultant,
                    start,
                    start.plus(Duration.ofHours(1)),
                    DeliveryMode.REMOTE,
                    null,
                    "AnyDesk",
                    null)));
  }

  private static Instant sofia(String local) {
    return LocalDateTime.parse(local).atZone(SofiaTime.ZONE).toInstant();
  }

  /** Moves the request's receipt (and so its 24-hour deadline) to the moment. */
  private void receivedAt(ServiceRequest request, Instant received) throws SQLException {
    try (Connection db = database.getConnection();
        PreparedStatement update =
            db.prepareStatement(
                "update service_request set received_at = ?, express_due_at = ? where id = ?")) {
      update.setTimestamp(1, utc(received));
      update.setTimestamp(2, utc(received.plus(ExpressClock.PROMISE)));
      update.setLong(3, request.getId());
      assertEquals(1, update.executeUpdate());
    }
  }

  private static Timestamp utc(Instant moment) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(moment, ZoneOffset.UTC));
  }

  private long count(String dedupKey) throws SQLException {
    return single("select count(*) from outgoing_mail where dedup_key = ?", dedupKey, null);
  }

  private long audits(String action, String number) throws SQLException {
    return single(
        "select count(*) from audit_event where action = ? and subject_id = ?", action, number);
  }

  private long single(String sql, String first, String second) throws SQLException {
    try (Connection db = database.getConnection();
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, first);
      if (second != null) {
        query.setString(2, second);
      }
      try (ResultSet rows = query.executeQuery()) {
        assertTrue(rows.next());
        assertNotNull(rows.getObject(1));
        return rows.getLong(1);
      }
    }
  }
}
