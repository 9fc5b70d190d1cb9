package bg.omegasoft.it.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.AsClientAdmin;
import bg.omegasoft.it.support.AsFinance;
import bg.omegasoft.it.support.AsStaff;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.RawHttp;
import bg.omegasoft.it.support.Smtp;
import bg.omegasoft.it.support.WebSession;
import bg.omegasoft.pdm.boundary.SpaceFiles;
import bg.omegasoft.pdm.boundary.Spaces;
import bg.omegasoft.pdm.entity.PdmFile;
import bg.omegasoft.servicedesk.boundary.BillableWork;
import bg.omegasoft.servicedesk.boundary.ClientPortal;
import bg.omegasoft.servicedesk.boundary.ProtocolLinks;
import bg.omegasoft.servicedesk.boundary.Protocols;
import bg.omegasoft.servicedesk.boundary.ReceivedProtocols;
import bg.omegasoft.servicedesk.boundary.ServiceRequests;
import bg.omegasoft.servicedesk.entity.AnswerVia;
import bg.omegasoft.servicedesk.entity.Protocol;
import bg.omegasoft.servicedesk.entity.ReceivedAnswer;
import bg.omegasoft.servicedesk.entity.RequestRuleException;
import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.BusinessException;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A protocol answered without a portal account, inside the server: the requester receives it by
 * e-mail (the PDF attached) with a one-time link; the link's page accepts (the work becomes
 * billable) or disputes, once, and not after its deadline; staff record an answer that came on
 * paper, with the scan kept in the client's PDM space; an unanswered protocol is reminded of once,
 * after the working days of the setting.
 */
@ExtendWith(ArquillianExtension.class)
class ProtocolAcceptanceIT {

  private static final Pattern LINK =
      Pattern.compile("(/public/protocol\\.xhtml\\?t=([A-Za-z0-9_-]{20,}))");
  private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(ProtocolAcceptanceIT.class, GreenMail.class);
  }

  @EJB DeskFixtures fixtures;
  @EJB ServiceRequests requests;
  @EJB Protocols protocols;
  @EJB ProtocolLinks links;
  @EJB ReceivedProtocols received;
  @EJB ClientPortal portal;
  @EJB BillableWork billable;
  @EJB SpaceFiles spaceFiles;
  @EJB Spaces spaces;
  @EJB AsStaff asStaff;
  @EJB AsClientAdmin asClientAdmin;
  @EJB AsFinance asFinance;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource db;

  GreenMail smtp;

  @BeforeEach
  void startMailServer() {
    smtp = Smtp.start();
  }

  @AfterEach
  void stopMailServer() {
    smtp.stop();
  }

  @Test
  void theLinkOfTheMailedProtocolAcceptsItOnceAndTheWorkBecomesBillable() throws Exception {
    ServiceRequest done = doneSupport();
    MimeMessage mail = Smtp.await(smtp, "Протокол по " + done.getNumber());
    assertEquals(
        "maria.georgieva@demetra-agro.bg", mail.getAllRecipients()[0].toString(), "the requester");
    byte[] pdf = Smtp.attachment(mail, "protocol-" + done.getNumber() + ".pdf");
    assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
    String link = linkIn(Smtp.text(mail));

    WebSession client = WebSession.anonymous();
    String page = client.get(link).text();
    assertTrue(page.contains(done.getNumber()), page);
    assertTrue(page.contains("Настройка на нощния труд"), "the work done: " + page);
    assertTrue(page.contains("0,75"), "the hours: " + page);
    assertTrue(page.contains("Стефан Димитров"), "the consultant's full name: " + page);

    RawHttp.Answer accepted =
        client.submit(
            link,
            "accept",
            Map.of(
                "accept:signer", "Мария Георгиева",
                "accept:rating_input", "4",
                "accept:comment", "Бързо и точно",
                "accept:do-accept", ""));
    assertEquals(200, accepted.status(), accepted.text());
    assertTrue(accepted.text().contains("Протоколът е приет"), accepted.text());

    ServiceRequest after = asStaff.call(() -> requests.find(done.getId()));
    assertEquals(RequestStatus.PROTOCOL_ACCEPTED, after.getStatus());
    Protocol protocol = asStaff.call(() -> protocols.protocol(done.getId())).orElseThrow();
    assertEquals(AnswerVia.LINK, protocol.getVia());
    assertEquals("Мария Георгиева", protocol.getClientSigner());
    assertEquals(4, protocol.getRating());
    assertTrue(
        asFinance.call(() -> billable.billableUpTo(LocalDate.now(SOFIA).plusDays(1))).stream()
            .anyMatch(d -> d.sourceKey().equals("protocol:" + done.getId())),
        "accepted work is billable");

    String again = WebSession.anonymous().get(link).text();
    assertTrue(again.contains("Протоколът вече е получил отговор"), again);
    assertFalse(again.contains("id=\"accept\""), "no form to answer again");
    assertTrue(links.dispute(tokenOf(link), "Някой друг", "Не").orElseThrow().decided());
    assertEquals(
        4,
        asStaff.call(() -> protocols.protocol(done.getId())).orElseThrow().getRating(),
        "a second use changes nothing");
    assertThrows(
        BusinessException.class,
        () ->
            asClientAdmin.call(() -> portal.accept(done.getNumber(), after.getVersion(), 5, null)),
        "the portal refuses what the link already answered");
  }

  @Test
  void anExpiredOrUnknownLinkChangesNothingAndSaysSo() throws Exception {
    ServiceRequest done = doneSupport();
    String link = linkIn(Smtp.text(Smtp.await(smtp, "Протокол по " + done.getNumber())));
    update(
        "update service_protocol set link_due_at = utc_timestamp(3) - interval 1 hour"
            + " where request_id = ?",
        done.getId());

    RawHttp.Answer expired = WebSession.anonymous().get(link);
    assertEquals(200, expired.status());
    assertTrue(expired.text().contains("Срокът на връзката изтече"), expired.text());
    assertEquals(
        Protocol.LinkState.EXPIRED,
        links.accept(tokenOf(link), "Мария Георгиева", 5, null).orElseThrow().state());
    assertEquals(RequestStatus.DONE, asStaff.call(() -> requests.find(done.getId())).getStatus());

    RawHttp.Answer unknown =
        WebSession.anonymous()
            .get("/public/protocol.xhtml?t=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    assertEquals(200, unknown.status());
    assertTrue(unknown.text().contains("Връзката не е валидна"), unknown.text());
    RawHttp.Answer malformed = WebSession.anonymous().get("/public/protocol.xhtml?t=%3Cx%3E");
    assertEquals(200, malformed.status());
  }

  @Test
  void aDisputeByTheLinkShowsTheReasonToStaff() throws Exception {
    ServiceRequest done = doneSupport();
    String link = linkIn(Smtp.text(Smtp.await(smtp, "Протокол по " + done.getNumber())));
    RawHttp.Answer disputed =
        WebSession.anonymous()
            .submit(
                link,
                "dispute",
                Map.of(
                    "dispute:signer", "Мария Георгиева",
                    "dispute:reason", "Ведомостта за декември все още е грешна",
                    "dispute:do-dispute", ""));
    assertEquals(200, disputed.status(), disputed.text());
    assertTrue(disputed.text().contains("Протоколът е оспорен"), disputed.text());
    assertEquals(
        RequestStatus.DISPUTED, asStaff.call(() -> requests.find(done.getId())).getStatus());
    String staffPage =
        WebSession.signedIn("staff").get("/servicedesk/request.xhtml?id=" + done.getId()).text();
    assertTrue(staffPage.contains("id=\"dispute-reason\""), staffPage);
    assertTrue(staffPage.contains("Ведомостта за декември все още е грешна"), staffPage);
  }

  @Test
  void staffRecordAPaperAcceptanceWithTheScanKeptInTheClientsSpace() throws Exception {
    ServiceRequest done = doneSupport();
    String link = linkIn(Smtp.text(Smtp.await(smtp, "Протокол по " + done.getNumber())));
    ReceivedAnswer answer =
        new ReceivedAnswer(
            Protocol.Decision.ACCEPTED,
            AnswerVia.PAPER,
            "Иван Петров",
            "Управител",
            LocalDate.now(SOFIA),
            5,
            "Подписан на място");
    byte[] scan = "%PDF-1.4\n% scanned protocol\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    RequestRuleException wrongType =
        assertThrows(
            RequestRuleException.class,
            () ->
                asStaff.call(
                    () ->
                        received.record(
                            done.getId(), done.getVersion(), answer, "scan.png", scan)));
    assertEquals("sd.rule.scanType", wrongType.messageKey());

    ServiceRequest accepted =
        asStaff.call(
            () ->
                received.record(
                    done.getId(), done.getVersion(), answer, "protokol-podpisan.pdf", scan));
    assertEquals(RequestStatus.PROTOCOL_ACCEPTED, accepted.getStatus());
    Protocol protocol = asStaff.call(() -> protocols.protocol(done.getId())).orElseThrow();
    assertEquals(AnswerVia.PAPER, protocol.getVia());
    assertEquals("Управител", protocol.getReceived().getSignerPosition());
    assertEquals("staff", protocol.getReceived().getRecordedBy());
    assertNotNull(protocol.getReceived().getFileId());

    long client = done.getClient().getId();
    PdmFile file = asStaff.call(() -> spaceFiles.file(protocol.getReceived().getFileId()));
    assertEquals("protokol-podpisan.pdf", file.getName());
    String folder = asStaff.call(() -> spaces.folder(client, file.getFolderId())).getName();
    assertEquals("Протоколи", folder);
    assertEquals(
        1,
        count(
            "select count(*) from audit_event where action = 'SR_PROTOCOL_ACCEPTED'"
                + " and subject_id = ? and actor = 'staff'",
            done.getNumber()));
    assertTrue(
        WebSession.anonymous().get(link).text().contains("Протоколът вече е получил отговор"),
        "the link no longer answers");
    String staffPage =
        WebSession.signedIn("staff").get("/servicedesk/request.xhtml?id=" + done.getId()).text();
    assertTrue(staffPage.contains("protokol-podpisan.pdf"), "the page links the scan");
  }

  @Test
  void anUnansweredProtocolIsRemindedOnceAfterThreeWorkingDays() throws Exception {
    ServiceRequest done = doneSupport();
    String first = linkIn(Smtp.text(Smtp.await(smtp, "Протокол по " + done.getNumber())));
    // signed on a Friday: the weekend does not count
    update(
        "update service_protocol set consultant_signed_at = ? where request_id = ?",
        sofia(2026, 11, 6, 16),
        done.getId());

    links.remindUnanswered(sofia(2026, 11, 10, 10));
    assertEquals(0, reminders(done), "Tuesday is the second working day");
    links.remindUnanswered(sofia(2026, 11, 11, 9));
    assertEquals(1, reminders(done), "Wednesday is the third");
    links.remindUnanswered(sofia(2026, 11, 12, 9));
    assertEquals(1, reminders(done), "once");

    MimeMessage reminder = Smtp.await(smtp, "Напомняне: протокол по " + done.getNumber());
    assertTrue(
        Smtp.attachment(reminder, "protocol-" + done.getNumber() + ".pdf").length > 100,
        "the PDF again");
    String fresh = linkIn(Smtp.text(reminder));
    assertFalse(fresh.equals(first));
    String freshPage = WebSession.anonymous().get(fresh).text();
    assertTrue(freshPage.contains(done.getNumber()), "the fresh link is known: " + freshPage);
    assertEquals(
        1,
        count(
            "select count(*) from service_protocol where request_id = ? and reminded_at = ?"
                + " and link_due_at = ?",
            done.getId(),
            sofia(2026, 11, 11, 9),
            sofia(2026, 11, 25, 9)),
        "reminded on Wednesday, the fresh link valid 14 days from then");
    assertTrue(
        WebSession.anonymous().get(first).text().contains("Връзката не е валидна"),
        "the reminder's link replaces the first");
  }

  private ServiceRequest doneSupport() {
    ServiceRequest request = fixtures.triagedRequest(RequestType.SUPPORT);
    return asStaff.call(
        () -> {
          ServiceRequest started = requests.start(request.getId(), request.getVersion());
          return protocols.writeProtocol(
              started.getId(),
              started.getVersion(),
              "Настройка на нощния труд",
              45,
              "Ведомостта е вярна");
        });
  }

  private long reminders(ServiceRequest request) {
    return count(
        "select count(*) from outgoing_mail where topic = ? and subject like ?",
        "service-request:" + request.getId(),
        "%Напомняне%");
  }

  private void update(String sql, Object... parameters) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, utc(parameters[i]));
      }
      statement.executeUpdate();
    }
  }

  private long count(String sql, Object... parameters) {
    try (Connection c = db.getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, utc(parameters[i]));
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The database keeps instants as UTC wall-clock times, whatever the server's zone. */
  private static Object utc(Object parameter) {
    return parameter instanceof Instant instant
        ? Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC))
        : parameter;
  }

  private static Instant sofia(int year, int month, int day, int hour) {
    return LocalDateTime.of(year, month, day, hour, 0).atZone(SOFIA).toInstant();
  }

  private static String linkIn(String text) {
    Matcher found = LINK.matcher(text);
    assertTrue(found.find(), text);
    return found.group(1);
  }

  private static String tokenOf(String link) {
    Matcher found = LINK.matcher(link);
    assertTrue(found.find(), link);
    return found.group(2);
  }
}
