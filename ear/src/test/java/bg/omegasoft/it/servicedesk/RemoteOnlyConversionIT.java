package bg.omegasoft.it.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.identity.boundary.Users;
import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.it.support.AsAdmin;
import bg.omegasoft.it.support.AsStaff;
import bg.omegasoft.it.support.AsTrainer;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Smtp;
import bg.omegasoft.learning.boundary.Enrolments;
import bg.omegasoft.learning.boundary.Lessons;
import bg.omegasoft.learning.boundary.Products;
import bg.omegasoft.learning.boundary.ProgrammeModules;
import bg.omegasoft.learning.boundary.Programmes;
import bg.omegasoft.learning.boundary.TrainingSessions;
import bg.omegasoft.learning.entity.Level;
import bg.omegasoft.learning.entity.Product;
import bg.omegasoft.learning.entity.Programme;
import bg.omegasoft.learning.entity.ProgrammeModule;
import bg.omegasoft.learning.entity.Publication;
import bg.omegasoft.learning.entity.SessionFormat;
import bg.omegasoft.learning.entity.TrainingSession;
import bg.omegasoft.learning.entity.TrainingSession.SessionPlan;
import bg.omegasoft.organisation.boundary.OnSiteBookings;
import bg.omegasoft.organisation.boundary.OrganisationSettings;
import bg.omegasoft.organisation.entity.Organisation;
import bg.omegasoft.servicedesk.boundary.Dispatch;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.RequestRuleException;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Remote only, both ways (issue 14): switching the policy on lists the visits on site and the
 * classroom sessions already booked; those chosen become remote, the client gets the updated
 * calendar invitation and the trainees an e-mail, through the outbox to a real mail server. And a
 * production installation (the migrations without the demo data) starts with the policy off.
 */
@ExtendWith(ArquillianExtension.class)
class RemoteOnlyConversionIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(RemoteOnlyConversionIT.class, GreenMail.class);
  }

  @EJB DeskFixtures fixtures;
  @EJB AsStaff asStaff;
  @EJB AsAdmin asAdmin;
  @EJB AsTrainer asTrainer;
  @EJB Dispatch dispatch;
  @EJB OrganisationSettings organisation;
  @EJB OnSiteBookings onSite;
  @EJB Programmes programmes;
  @EJB ProgrammeModules modules;
  @EJB Lessons lessons;
  @EJB Products products;
  @EJB TrainingSessions sessions;
  @EJB Enrolments enrolments;
  @EJB Users users;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource database;

  @Test
  void switchingOnListsWhatIsBookedInPersonAndConvertsTheChosenOnesWithMails() throws Exception {
    boolean before = organisation.remoteOnly();
    GreenMail smtp = Smtp.start();
    try {
      setRemoteOnly(false);
      long consultant = fixtures.newConsultant();
      ServiceRequest request = fixtures.triagedRequest(RequestType.SUPPORT);
      Instant start = DeskFixtures.futureWeekday(11);
      ServiceRequest visit =
          asStaff.call(
              () ->
                  dispatch.book(
                      request.getId(),
                      request.getVersion(),
                      new Dispatch.Booking(
                          consultant,
                          start,
                          start.plus(Duration.ofHours(1)),
                          DeliveryMode.ON_SITE,
                          null,
                          null,
                          null)));
      TrainingSession classroom = classroomSession();
      List<User> trainees = List.of(trainee(), trainee());
      for (User trainee : trainees) {
        asTrainer.call(() -> enrolments.enrolPerson(classroom.getId(), trainee.getId()));
      }

      setRemoteOnly(true);
      OnSiteBookings.Ahead ahead = asAdmin.call(() -> onSite.ahead());
      assertTrue(
          ahead.visits().stream().anyMatch(v -> v.getId().equals(visit.getId())),
          "the visit booked on site is listed");
      assertTrue(
          ahead.sessions().stream().anyMatch(s -> s.getId().equals(classroom.getId())),
          "the classroom session is listed");

      ServiceRequest listed =
          ahead.visits().stream().filter(v -> v.getId().equals(visit.getId())).findFirst().get();
      RequestRuleException noTool =
          assertThrows(
              RequestRuleException.class,
              () ->
                  asAdmin.call(
                      () -> onSite.visitToRemote(listed.getId(), listed.getVersion(), " ")));
      assertEquals("sd.rule.toolRequired", noTool.messageKey());
      ServiceRequest remote =
          asAdmin.call(() -> onSite.visitToRemote(listed.getId(), listed.getVersion(), "AnyDesk"));
      assertEquals(DeliveryMode.REMOTE, remote.getDeliveryMode());
      assertEquals("AnyDesk", remote.getRemoteTool());
      assertEquals(start, remote.getScheduledStart(), "same time");
      assertEquals(consultant, remote.getConsultant().getId(), "same consultant");
      assertEquals(4, slotsOf(consultant), "the consultant's four quarter-hours stay held, once");
      TrainingSession online =
          asAdmin.call(
              () -> onSite.sessionOnline(classroom.getId(), "Microsoft Teams, връзка в портала"));
      assertEquals(SessionFormat.ONLINE, online.getFormat());
      assertEquals("Microsoft Teams, връзка в портала", online.getVenue());

      OnSiteBookings.Ahead after = asAdmin.call(() -> onSite.ahead());
      assertFalse(after.visits().stream().anyMatch(v -> v.getId().equals(visit.getId())));
      assertFalse(after.sessions().stream().anyMatch(s -> s.getId().equals(classroom.getId())));
      RequestRuleException twice =
          assertThrows(
              RequestRuleException.class,
              () ->
                  asAdmin.call(
                      () -> onSite.visitToRemote(remote.getId(), remote.getVersion(), "AnyDesk")));
      assertEquals("sd.rule.notAVisitAhead", twice.messageKey());

      MimeMessage update =
          awaitMail(smtp, "maria.georgieva@demetra-agro.bg", "Промяна: " + request.getNumber());
      String ics = calendarOf("service-request:" + request.getId(), 1);
      assertTrue(ics.contains("SEQUENCE:1"), "an updated invitation: " + ics);
      assertTrue(ics.contains("METHOD:REQUEST"));
      assertTrue(update.getSubject().contains(request.getNumber()));
      for (User trainee : trainees) {
        MimeMessage notice =
            awaitMail(smtp, trainee.getEmail(), classroom.getProgrammeVersion().getTitle());
        assertTrue(notice.getSubject().contains("онлайн"), notice.getSubject());
      }
    } finally {
      smtp.stop();
      setRemoteOnly(before);
    }
  }

  /**
   * A production installation runs the migrations of db/migration only (no demo data). They are run
   * here into a scratch schema of the same MariaDB, the way the application runs them, and the
   * organisation row they leave has the remote-only policy off.
   */
  @Test
  void aProductionInstallationStartsWithRemoteOnlyOff() throws Exception {
    String schema = "omex_prod_" + UUID.randomUUID().toString().substring(0, 8);
    try {
      Flyway.configure(OrganisationSettings.class.getClassLoader())
          .dataSource(database)
          .schemas(schema)
          .locations("classpath:db/migration")
          .table("schema_history")
          .load()
          .migrate();
      try (Connection db = database.getConnection();
          Statement select = db.createStatement();
          ResultSet rows =
              select.executeQuery("select remote_only from " + schema + ".organisation")) {
        assertTrue(rows.next(), "the organisation row is seeded");
        assertFalse(rows.getBoolean(1), "remote only is off in a production installation");
      }
    } finally {
      try (Connection db = database.getConnection();
          Statement drop = db.createStatement()) {
        drop.execute("drop database if exists " + schema);
      }
    }
  }

  private TrainingSession classroomSession() {
    String title = "Само дистанционно " + UUID.randomUUID().toString().substring(0, 6);
    return asTrainer.call(
        () -> {
          Product payroll =
              products.all().stream()
                  .filter(p -> p.getCode().equals("PAYROLL"))
                  .findFirst()
                  .orElseThrow();
          Programme programme = programmes.createStandard(payroll.getId(), Level.BEGINNER, title);
          long draft = programme.latest().getId();
          programmes.describe(draft, title, "Описание", "Резултати", new BigDecimal("250.00"), 70);
          ProgrammeModule module =
              modules.addModule(draft, "Настройки", null, BigDecimal.ONE, null);
          lessons.addLesson(module.getId(), "Настройки: урок 1");
          programmes.publish(programme.getId(), Publication.firstEdition(LocalDate.of(2026, 1, 1)));
          LocalDate first = LocalDate.now().plusDays(21);
          return sessions.schedule(
              programmes.find(programme.getId()).current().orElseThrow().getId(),
              new SessionPlan(
                  first,
                  first.plusDays(1),
                  LocalTime.of(9, 30),
                  LocalTime.of(17, 0),
                  SessionFormat.CLASSROOM,
                  "София, бул. Александър Малинов 51",
                  10),
              sessions.trainers().get(0).getId());
        });
  }

  private User trainee() {
    String name = "ro-" + UUID.randomUUID().toString().substring(0, 8);
    return asAdmin.call(
        () ->
            users.create(
                name,
                "Обучаем " + name,
                name + "@example.com",
                null,
                EnumSet.of(Role.TRAINEE),
                "Correct-Horse-42"));
  }

  private void setRemoteOnly(boolean on) {
    asAdmin.call(
        () -> {
          Organisation current = organisation.current();
          current.setRemoteOnly(on);
          return organisation.update(current);
        });
  }

  private static MimeMessage awaitMail(GreenMail smtp, String to, String inSubject)
      throws Exception {
    for (int i = 0; i < 120; i++) {
      List<MimeMessage> found = new ArrayList<>();
      for (MimeMessage m : smtp.getReceivedMessages()) {
        boolean addressed =
            Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(to));
        if (addressed && m.getSubject() != null && m.getSubject().contains(inSubject)) {
          found.add(m);
        }
      }
      if (!found.isEmpty()) {
        return found.get(0);
      }
      Thread.sleep(500);
    }
    throw new AssertionError("waited 60 s for the e-mail to " + to + " about " + inSubject);
  }

  private String calendarOf(String topic, int index) throws SQLException {
    List<String> calendars = new ArrayList<>();
    try (Connection db = database.getConnection();
        PreparedStatement select =
            db.prepareStatement(
                "select a.content from outgoing_mail m"
                    + " join outgoing_mail_attachment a on a.mail_id = m.id"
                    + " where m.topic = ? and a.content_type like 'text/calendar%' order by m.id")) {
      select.setString(1, topic);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          calendars.add(rows.getString(1));
        }
      }
    }
    assertEquals(index + 1, calendars.size(), "the invitation and its update");
    return calendars.get(index);
  }

  private long slotsOf(long consultant) throws SQLException {
    try (Connection db = database.getConnection();
        PreparedStatement count =
            db.prepareStatement("select count(*) from booking_slot where consultant_id = ?")) {
      count.setLong(1, consultant);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
