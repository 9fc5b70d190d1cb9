package bg.omegasoft.it.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.identity.boundary.Users;
import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.it.support.AsAdmin;
import bg.omegasoft.it.support.AsClientAdmin;
import bg.omegasoft.it.support.AsStaff;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Smtp;
import bg.omegasoft.it.support.WebSession;
import bg.omegasoft.notifications.boundary.Notifications;
import bg.omegasoft.notifications.entity.Notification;
import bg.omegasoft.servicedesk.boundary.Intake;
import bg.omegasoft.servicedesk.boundary.RequestForm;
import bg.omegasoft.servicedesk.boundary.StaffIntakeForm;
import bg.omegasoft.servicedesk.entity.Channel;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.boundary.Notice;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The notification centre on the real database and a real mail server: a notice reaches every
 * active person of its audience once (the same dedup key twice is one notification), mails those
 * who chose mail for its kind exactly once and nobody else, reaches only the administrators of the
 * client it names; a person reads one or all of their own notifications and nobody else's; a new
 * request tells staff when it becomes new (a web form's request only once confirmed).
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

  private static final String PASSWORD = "Notify-Test-2026-long";
  private static final Pattern CONFIRM_LINK =
      Pattern.compile("(/public/confirm\\.xhtml\\?token=[A-Za-z0-9_-]{20,})");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(NotificationsIT.class, GreenMail.class);
  }

  @Inject Event<Notice> notices;
  @EJB Users users;
  @EJB Notifications notifications;
  @EJB Intake intake;
  @EJB AsAdmin asAdmin;
  @EJB AsStaff asStaff;
  @EJB AsClientAdmin asClientAdmin;
  @Resource UserTransaction tx;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource db;

  GreenMail smtp;

  @AfterEach
  void stopMailServer() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void aRoleHearsOncePerActivePersonAndTheSameNoticeTwiceIsKeptOnce() throws Exception {
    long first = person(Set.of(Role.STAFF), null);
    long second = person(Set.of(Role.STAFF), null);
    long disabled = person(Set.of(Role.STAFF), null);
    asAdmin.call(() -> users.disable(disabled));
    String key = "it-role:" + UUID.randomUUID();
    Notice notice =
        new Notice(
            Notice.Kind.OFFER_WAITING,
            Notice.Audience.role("STAFF"),
            "notice.requestNew",
            List.of("SR-IT", "роля"),
            "/servicedesk/requests.xhtml",
            key);

    fire(notice);
    fire(notice);

    List<Long> activeStaff =
        ids(
            "select u.id from app_user u join app_user_role r on r.user_id = u.id"
                + " where r.role = 'STAFF' and u.enabled = true order by u.id");
    assertEquals(
        activeStaff,
        ids(
            "select recipient_id from notification where dedup_key = ? order by recipient_id",
            key));
    assertTrue(activeStaff.contains(first) && activeStaff.contains(second));
    assertFalse(activeStaff.contains(disabled), "a disabled account hears nothing");
  }

  @Test
  void whoChoseMailGetsExactlyOneMailInTheirLanguageAndWhoDidNotGetsNone() throws Exception {
    smtp = Smtp.start();
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long wants = person(Set.of(Role.STAFF), null, "en", "wants-" + tag + "@example.org");
    long declined = person(Set.of(Role.STAFF), null, "bg", "declined-" + tag + "@example.org");
    update(
        "insert into notification_mail_choice (user_id, kind, by_mail) values (?, 'CLOCK_WARNING', false)",
        declined);
    Notice notice =
        new Notice(
            Notice.Kind.CLOCK_WARNING,
            Notice.Audience.users(List.of(wants, declined)),
            "notice.clockBreached",
            List.of("SR-" + tag, "Заплати"),
            "/servicedesk/request.xhtml?id=1",
            "it-mail:" + tag);

    fire(notice);
    fire(notice);

    MimeMessage mail = Smtp.await(smtp, "SR-" + tag);
    assertEquals(
        "wants-" + tag + "@example.org", mail.getAllRecipients()[0].toString(), "to the person");
    // a mail without attachments is a single text part
    String text = mail.getContent() instanceof String plain ? plain : Smtp.text(mail);
    assertTrue(text.contains("Express request SR-" + tag), "in English: " + text);
    assertTrue(text.contains("/servicedesk/request.xhtml?id=1"), "the page: " + text);
    assertTrue(text.contains("Hello") && text.contains("http://"), "an absolute link: " + text);
    assertEquals(
        1L, number("select count(*) from outgoing_mail where recipient_user_id = ?", wants));
    assertEquals(
        0L, number("select count(*) from outgoing_mail where recipient_user_id = ?", declined));
    assertEquals(1, Smtp.received(smtp, "SR-" + tag).size(), "exactly one mail");
    assertEquals(
        2L,
        number("select count(*) from notification where dedup_key = ?", "it-mail:" + tag),
        "both see it in the bell");
  }

  @Test
  void aClientsAdministratorsAreOnlyThatClientsAdministrators() throws Exception {
    long clientA = number("select min(id) from client");
    long clientB = number("select max(id) from client");
    assertTrue(clientA != clientB, "the demo data has two clients");
    long adminOfA = person(Set.of(Role.CLIENT_ADMIN), clientA);
    long adminOfB = person(Set.of(Role.CLIENT_ADMIN), clientB);
    long traineeOfA = person(Set.of(Role.TRAINEE), clientA);
    String key = "it-client:" + UUID.randomUUID();

    fire(
        new Notice(
            Notice.Kind.PROTOCOL_TO_ACCEPT,
            Notice.Audience.clientAdministrators(clientA),
            "notice.requestNew",
            List.of("SR-IT", "клиент"),
            "/servicedesk/portal/request.xhtml?id=1",
            key));

    List<Long> reached =
        ids("select recipient_id from notification where dedup_key = ? order by recipient_id", key);
    assertEquals(
        ids(
            "select u.id from app_user u join app_user_role r on r.user_id = u.id"
                + " where r.role = 'CLIENT_ADMIN' and u.enabled = true and u.client_id = ?"
                + " order by u.id",
            clientA),
        reached);
    assertTrue(reached.contains(adminOfA));
    assertFalse(reached.contains(adminOfB), "another client's administrator");
    assertFalse(reached.contains(traineeOfA), "the client's people who are not administrators");
  }

  @Test
  void aPersonReadsOneOrAllOfTheirOwnAndNobodyElses() throws Exception {
    // the demo client administrator: no timer of the platform tells them anything meanwhile
    long reader = number("select id from app_user where username = 'clientadmin'");
    asClientAdmin.call(() -> notifications.markAllRead());
    assertEquals(0L, asClientAdmin.call(() -> notifications.unreadCount()));
    String tag = UUID.randomUUID().toString();
    for (int i = 0; i < 3; i++) {
      fire(
          new Notice(
              Notice.Kind.REFERRAL,
              Notice.Audience.users(List.of(reader)),
              "notice.requestNew",
              List.of("SR-" + i, tag),
              "/servicedesk/requests.xhtml",
              "it-read:" + tag + ":" + i));
    }
    assertEquals(3L, asClientAdmin.call(() -> notifications.unreadCount()));
    List<Notification> latest = asClientAdmin.call(() -> notifications.latest(10));
    assertEquals(
        "New request SR-2: " + tag, latest.get(0).text(java.util.Locale.ENGLISH), "newest first");
    long id = latest.get(0).getId();

    assertThrows(
        NotFoundException.class,
        () -> asStaff.call(() -> notifications.open(id)),
        "another person's notification");
    assertEquals(3L, asClientAdmin.call(() -> notifications.unreadCount()));

    Notification opened = asClientAdmin.call(() -> notifications.open(id));
    assertEquals("/servicedesk/requests.xhtml", opened.getLink());
    assertEquals(2L, asClientAdmin.call(() -> notifications.unreadCount()));
    assertEquals(2, asClientAdmin.call(() -> notifications.markAllRead()));
    assertEquals(0L, asClientAdmin.call(() -> notifications.unreadCount()));
    assertTrue(asClientAdmin.call(() -> notifications.count()) >= 3);
  }

  @Test
  void aNewRequestTellsStaffAndAWebFormRequestOnlyOnceConfirmed() throws Exception {
    StaffIntakeForm form = new StaffIntakeForm();
    form.setChannel(Channel.PHONE);
    form.setType(RequestType.SUPPORT);
    form.setRequesterName("Иван Петров");
    form.setDescription("Не се изчислява отпуската " + UUID.randomUUID());
    form.setConsentConfirmed(true);
    ServiceRequest taken = asStaff.call(() -> intake.record(form));
    assertNoticedToStaff(taken);

    ServiceRequest held =
        intake.submitWebForm(
            new RequestForm(
                "201234563",
                "Мария Георгиева",
                "notify-" + UUID.randomUUID().toString().substring(0, 8) + "@demetra-agro.bg",
                "+359 888 100 200",
                RequestType.SUPPORT,
                DeliveryMode.REMOTE,
                "Справката не излиза " + UUID.randomUUID(),
                true,
                null),
            "127.0.17." + ThreadLocalRandom.current().nextInt(2, 250));
    assertEquals(
        0L,
        number(
            "select count(*) from notification where dedup_key = ?",
            "request-new:" + held.getNumber()),
        "held for its confirmation: nobody is told yet");

    String body =
        text(
            "select body from outgoing_mail where topic = ? and body like '%/public/confirm.xhtml?token=%'",
            "service-request:" + held.getId());
    Matcher link = CONFIRM_LINK.matcher(body);
    assertTrue(link.find(), body);
    var confirmed =
        WebSession.anonymous().submit(link.group(1), "form", Map.of("form:confirm", ""));
    assertEquals(200, confirmed.status(), confirmed.text());
    assertNoticedToStaff(held);
  }

  private void assertNoticedToStaff(ServiceRequest request) throws Exception {
    String key = "request-new:" + request.getNumber();
    assertEquals(
        ids(
            "select u.id from app_user u join app_user_role r on r.user_id = u.id"
                + " where r.role = 'STAFF' and u.enabled = true order by u.id"),
        ids(
            "select recipient_id from notification where dedup_key = ? order by recipient_id",
            key));
    assertEquals(
        "/servicedesk/request.xhtml?id=" + request.getId(),
        text("select max(link) from notification where dedup_key = ?", key));
    assertEquals(
        "REQUEST_NEW", text("select max(kind) from notification where dedup_key = ?", key));
  }

  private void fire(Notice notice) throws Exception {
    tx.begin();
    try {
      notices.fire(notice);
      tx.commit();
    } catch (Exception | Error e) {
      tx.rollback();
      throw e;
    }
  }

  private long person(Set<Role> roles, Long clientId) {
    return person(roles, clientId, "bg", null);
  }

  private long person(Set<Role> roles, Long clientId, String language, String email) {
    String name = "notify-" + UUID.randomUUID().toString().substring(0, 12);
    long id =
        asAdmin.call(
            () ->
                users
                    .create(
                        name,
                        "Известяван " + name,
                        email,
                        clientId,
                        roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
                        PASSWORD)
                    .getId());
    try {
      update("update app_user set locale = ? where id = ?", language, id);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return id;
  }

  private void update(String sql, Object... values) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement s = prepared(c, sql, values)) {
      s.executeUpdate();
    }
  }

  private List<Long> ids(String sql, Object... values) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement s = prepared(c, sql, values);
        ResultSet rows = s.executeQuery()) {
      List<Long> ids = new ArrayList<>();
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
      return ids;
    }
  }

  private long number(String sql, Object... values) throws Exception {
    return ids(sql, values).get(0);
  }

  private String text(String sql, Object... values) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement s = prepared(c, sql, values);
        ResultSet rows = s.executeQuery()) {
      assertTrue(rows.next(), sql);
      return rows.getString(1);
    }
  }

  private static PreparedStatement prepared(Connection c, String sql, Object... values)
      throws Exception {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < values.length; i++) {
      s.setObject(i + 1, values[i]);
    }
    return s;
  }
}
