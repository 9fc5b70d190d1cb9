package bg.omegasoft.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Browser;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Smtp;
import bg.omegasoft.it.support.TestDatabase;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The nightly reminders, started by the operator from the console, with a real SMTP server catching
 * the e-mails: the trainee with a confirmed seat in a session that begins tomorrow gets one, and
 * the client with an overdue invoice gets one; a second run reminds nobody again.
 */
@ExtendWith(ArquillianExtension.class)
class NightlyJobsBrowserIT {

  private static final String PASSWORD = "Omex-Demo-2026";
  private static final String TRAINEE = "ivan.petrov@demetra-agro.bg";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void traineesAreRemindedOnceOfTomorrowsSession() throws Exception {
    String venue = "Учебна зала " + UUID.randomUUID().toString().substring(0, 8);
    long enrolment = enrolTraineeInASessionTomorrow(venue);
    GreenMail smtp = Smtp.start();
    try (Browser operator = new Browser()) {
      bulgarian();
      operator.signIn("operator", PASSWORD);
      operator.open("/operations/console.xhtml");

      long first = startReminders(operator);
      awaitCompleted(first);
      List<MimeMessage> mails = awaitMail(smtp, venue, TRAINEE);
      assertEquals(1, mails.size());
      assertTrue(mails.get(0).getSubject().startsWith("Напомняне: обучение"));
      assertTrue(text(mails.get(0)).contains("Здравейте"), text(mails.get(0)));
      assertEquals(
          1, count("select count(*) from session_reminder where enrolment_id = " + enrolment));

      long second = startReminders(operator);
      awaitCompleted(second);
      assertEquals(
          0, count("select READCOUNT from STEP_EXECUTION where JOBEXECUTIONID = " + second));
      assertEquals(
          1, count("select count(*) from session_reminder where enrolment_id = " + enrolment));
    } finally {
      smtp.stop();
    }
  }

  @Test
  void clientsAreRemindedOnceAWeekOfOverdueInvoices() throws Exception {
    // the demo's overdue invoice, with no reminder this week (another test's nightly run may have
    // sent one)
    try (Connection db = TestDatabase.connect();
        Statement clean = db.createStatement()) {
      clean.executeUpdate("delete from overdue_reminder where invoice_number = '0000000002'");
    }
    GreenMail smtp = Smtp.start();
    try (Browser operator = new Browser()) {
      bulgarian();
      operator.signIn("operator", PASSWORD);
      operator.open("/operations/console.xhtml");

      long first = start(operator, 2, "overdue-reminders");
      awaitCompleted(first);
      List<MimeMessage> mails = awaitMail(smtp, "0000000002", "office@demetra-agro.bg");
      assertEquals(1, mails.size());
      assertTrue(mails.get(0).getSubject().contains("просрочена фактура № 0000000002"));
      assertTrue(text(mails.get(0)).contains("468,00\u00a0€"), text(mails.get(0)));

      long second = start(operator, 2, "overdue-reminders");
      awaitCompleted(second);
      assertEquals(
          0, count("select READCOUNT from STEP_EXECUTION where JOBEXECUTIONID = " + second));
      assertEquals(
          1, count("select count(*) from overdue_reminder where invoice_number = '0000000002'"));
    } finally {
      smtp.stop();
    }
  }

  private long startReminders(Browser operator) throws InterruptedException {
    return start(operator, 1, "session-reminders");
  }

  private long start(Browser operator, int button, String job) throws InterruptedException {
    long before = latestExecution(job);
    operator.driver().findElement(By.id("executions:jobs:" + button + ":startJob")).click();
    Instant deadline = Instant.now().plusSeconds(20);
    while (latestExecution(job) == before && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    long started = latestExecution(job);
    assertTrue(started > before, "the console started " + job);
    operator.waitForText("Задачата е стартирана (изпълнение " + started + ")");
    return started;
  }

  private static long enrolTraineeInASessionTomorrow(String venue) throws SQLException {
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Sofia")).plusDays(1);
    try (Connection db = TestDatabase.connect()) {
      try (PreparedStatement session =
          db.prepareStatement(
              "insert into training_session (version_id, first_day, last_day, daily_start,"
                  + " daily_end, format, venue, trainer_id, capacity, seats_taken, status,"
                  + " created_at, created_by) select v.id, ?, ?, '09:00', '17:00', 'CLASSROOM', ?,"
                  + " t.id, 10, 1, 'PLANNED', utc_timestamp(3), 'test' from programme_version v,"
                  + " app_user t where v.status = 'PUBLISHED' and t.username = 'trainer'"
                  + " order by v.id limit 1",
              Statement.RETURN_GENERATED_KEYS)) {
        session.setObject(1, tomorrow);
        session.setObject(2, tomorrow);
        session.setString(3, venue);
        session.executeUpdate();
        long sessionId = generated(session);
        try (PreparedStatement enrol =
            db.prepareStatement(
                "insert into enrolment (session_id, trainee_id, version_id, status, requested_at,"
                    + " enrolled_by, confirmed_at) select s.id, u.id, s.version_id, 'CONFIRMED',"
                    + " utc_timestamp(3), 'test', utc_timestamp(3) from training_session s,"
                    + " app_user u where s.id = ? and u.username = 'trainee'",
                Statement.RETURN_GENERATED_KEYS)) {
          enrol.setLong(1, sessionId);
          enrol.executeUpdate();
          return generated(enrol);
        }
      }
    }
  }

  private static long generated(Statement statement) throws SQLException {
    try (ResultSet keys = statement.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  private static void bulgarian() throws SQLException {
    try (Connection db = TestDatabase.connect();
        Statement update = db.createStatement()) {
      update.executeUpdate("update app_user set locale = 'bg' where username = 'operator'");
    }
  }

  private static long latestExecution(String job) {
    return count(
        "select coalesce(max(e.JOBEXECUTIONID), 0) from JOB_EXECUTION e join JOB_INSTANCE i"
            + " on i.JOBINSTANCEID = e.JOBINSTANCEID where i.JOBNAME = '"
            + job
            + "'");
  }

  private static void awaitCompleted(long execution) throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      try (Connection db = TestDatabase.connect();
          Statement query = db.createStatement();
          ResultSet rs =
              query.executeQuery(
                  "select BATCHSTATUS from JOB_EXECUTION where JOBEXECUTIONID = " + execution)) {
        if (rs.next() && "COMPLETED".equals(rs.getString(1))) {
          return;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("execution " + execution + " did not complete");
  }

  private static List<MimeMessage> awaitMail(GreenMail smtp, String text, String recipient)
      throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      List<MimeMessage> mails =
          Arrays.stream(smtp.getReceivedMessages())
              .filter(m -> text(m).contains(text))
              .filter(m -> recipients(m).contains(recipient))
              .toList();
      if (!mails.isEmpty()) {
        return mails;
      }
      Thread.sleep(200);
    }
    return List.of();
  }

  private static String text(MimeMessage mail) {
    try {
      return mail.getContent().toString();
    } catch (jakarta.mail.MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipients(MimeMessage mail) {
    try {
      return GreenMailUtil.getAddressList(mail.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long count(String sql) {
    try (Connection db = TestDatabase.connect();
        Statement query = db.createStatement();
        ResultSet rs = query.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
