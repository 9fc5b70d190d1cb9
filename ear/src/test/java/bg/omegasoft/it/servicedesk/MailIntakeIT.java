package bg.omegasoft.it.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Deployments;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * E-mail intake against a real IMAP server (GreenMail): the platform reads the service desk's
 * mailbox every 2 seconds; known senders get requests of their client, unknown ones go to triage,
 * replies thread into their request, attachments go to quarantine with a PDM notice, broken mails
 * are set aside, and an outage of the mail server loses and duplicates nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MailIntakeIT {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final Session SESSION = Session.getInstance(new Properties());
  private static final String MARIA = "maria.georgieva@demetra-agro.bg";
  private static MailServer mail;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @BeforeAll
  static void startMailServer() {
    mail = MailServer.withMailbox();
  }

  @AfterAll
  static void stopMailServer() {
    mail.close();
  }

  @Test
  void aKnownSenderGetsARequestOfTheirClientWithConsentAndAnAcknowledgement() throws Exception {
    String subject = "Заплатите за ноември " + UUID.randomUUID();
    mail.deliver(text(MARIA, subject, "Ведомостта не излиза. Моля за помощ."));
    Map<String, Object> request = requestWithSubject(subject);
    assertEquals("EMAIL", request.get("channel"));
    assertEquals("SUPPORT", request.get("type"));
    assertEquals("NEW", request.get("status"));
    assertEquals(
        "Деметра Агро ЕООД",
        Rows.query("select name from client where id = ?", request.get("client_id"))
            .get(0)
            .get("name"));
    assertEquals("EMAIL", request.get("consent_channel"));
    assertTrue(request.get("consent_given_by").toString().contains(MARIA));
    assertEquals("Ведомостта не излиза. Моля за помощ.", request.get("description"));
    String number = request.get("number").toString();
    Eventually.until(
        WAIT,
        () -> mail.receivedBy(MARIA).stream().anyMatch(m -> subjectOf(m).contains(number)),
        found -> found);
  }

  @Test
  void controlAndReorderingCharactersOfAMailAreLeftOut() throws Exception {
    String marker = UUID.randomUUID().toString();
    mail.deliver(
        text(
            MARIA,
            "Фактура\u202E " + marker + "\u0007",
            "Първи\u0000 ред\r\nвтори\u202E ред\tс табулация"));
    Map<String, Object> request = requestWithSubject("Фактура " + marker);
    assertEquals(
        "Първи ред\nвтори ред\tс табулация",
        request.get("description").toString().replace("\r\n", "\n"),
        "controls gone; line breaks (as the mail carried them) and tabs kept");
    assertEquals(
        "Фактура " + marker,
        Rows.query("select subject from request_message where request_id = ?", request.get("id"))
            .get(0)
            .get("subject"));
  }

  @Test
  void anUnknownSenderGoesToTheTriageQueue() throws Exception {
    String subject = "Въпрос от непознат " + UUID.randomUUID();
    mail.deliver(text("someone@unknown-firm.bg", subject, "Имаме ли право на обновяване?"));
    Map<String, Object> request = requestWithSubject(subject);
    assertNull(request.get("client_id"));
    assertEquals(
        "TRIAGE",
        Rows.query("select outcome from mail_intake where subject = ?", subject)
            .get(0)
            .get("outcome"));
  }

  @Test
  void aReplyThreadsIntoItsRequestByTheNumberInTheSubject() throws Exception {
    String subject = "Първо писмо " + UUID.randomUUID();
    mail.deliver(text(MARIA, subject, "Първоначалното описание."));
    Map<String, Object> request = requestWithSubject(subject);
    String number = request.get("number").toString();
    mail.deliver(
        text(MARIA, "Re: [" + number + "] " + subject, "Допълнение: грешката е в отдел 3."));
    Eventually.until(
        WAIT,
        () ->
            Rows.count(
                "select count(*) from request_message where request_id = ? and direction = 'IN'",
                request.get("id")),
        n -> n == 2);
    assertEquals(1, Rows.count("select count(*) from service_request where subject = ?", subject));
  }

  @Test
  void attachmentsAreQuarantinedAndTheSenderIsPointedToPdm() throws Exception {
    String subject = "С приложение " + UUID.randomUUID();
    MimeMessage message = text(MARIA, subject, "Прилагам списък със служителите.");
    MimeBodyPart body = new MimeBodyPart();
    body.setText("Прилагам списък със служителите.", "UTF-8");
    MimeBodyPart file = new MimeBodyPart();
    file.setContent("ЕГН;Име\n8001010000;Иван", "text/csv; charset=UTF-8");
    file.setFileName("sluzhiteli.csv");
    file.setDisposition(MimeBodyPart.ATTACHMENT);
    message.setContent(new MimeMultipart(body, file));
    message.saveChanges();
    mail.deliver(message);
    Map<String, Object> request = requestWithSubject(subject);
    assertEquals("Прилагам списък със служителите.", request.get("description"));
    assertEquals(
        1,
        Rows.count(
            "select count(*) from mail_quarantine q join mail_intake m on q.mail_intake_id = m.id"
                + " where m.request_id = ? and q.file_name = 'sluzhiteli.csv'",
            request.get("id")));
    Eventually.until(
        WAIT,
        () ->
            mail.receivedBy(MARIA).stream()
                .anyMatch(
                    m ->
                        subjectOf(m).contains(request.get("number").toString())
                            && bodyOf(m).contains("PDM")),
        found -> found);
  }

  @Test
  void brokenMailsAreSetAsideAndTheReaderGoesOn() throws Exception {
    String broken = "Broken " + UUID.randomUUID();
    mail.deliver(
        new MimeMessage(
            SESSION,
            new ByteArrayInputStream(
                ("From: "
                        + MARIA
                        + "\r\nSubject: "
                        + broken
                        + "\r\nMIME-Version: 1.0\r\n"
                        + "Content-Type: multipart/mixed\r\n\r\nno boundary here\r\n")
                    .getBytes(StandardCharsets.UTF_8))));
    String empty = UUID.randomUUID().toString();
    mail.deliver(
        raw(
            "From: "
                + MARIA
                + "\r\nMessage-ID: <"
                + empty
                + "@demetra-agro.bg>\r\n"
                + "Subject: \r\nContent-Type: text/plain\r\n\r\n\r\n"));
    String after = "След счупеното " + UUID.randomUUID();
    mail.deliver(text(MARIA, after, "Това писмо е наред."));
    requestWithSubject(after);
    Map<String, Object> setAside =
        Eventually.until(
                WAIT,
                () ->
                    Rows.query(
                        "select outcome, reason from mail_intake where subject like ?",
                        "%" + broken + "%"),
                rows -> !rows.isEmpty())
            .get(0);
    assertEquals("SET_ASIDE", setAside.get("outcome"));
    assertTrue(setAside.get("reason").toString().length() > 3, setAside.toString());
    Map<String, Object> noText =
        Eventually.until(
                WAIT,
                () ->
                    Rows.query(
                        "select outcome, reason from mail_intake where message_id = ?",
                        "<" + empty + "@demetra-agro.bg>"),
                rows -> !rows.isEmpty())
            .get(0);
    assertEquals("SET_ASIDE", noText.get("outcome"));
  }

  @Test
  void anOutageOfTheMailServerLosesAndDuplicatesNothing() throws Exception {
    String before = "Преди прекъсването " + UUID.randomUUID();
    mail.deliver(text(MARIA, before, "Първо."));
    requestWithSubject(before);
    mail.cutMailbox();
    String during1 = "По време на прекъсването 1 " + UUID.randomUUID();
    String during2 = "По време на прекъсването 2 " + UUID.randomUUID();
    mail.deliver(text(MARIA, during1, "Второ."));
    mail.deliver(text("unknown@elsewhere.bg", during2, "Трето."));
    Thread.sleep(5_000);
    assertEquals(
        0,
        Rows.count(
            "select count(*) from service_request where subject in (?, ?)", during1, during2),
        "nothing can be read while the server is down");
    mail.restoreMailbox();
    requestWithSubject(during1);
    requestWithSubject(during2);
    Thread.sleep(5_000);
    for (String subject : List.of(before, during1, during2)) {
      assertEquals(
          1,
          Rows.count("select count(*) from service_request where subject = ?", subject),
          subject);
      assertEquals(
          1, Rows.count("select count(*) from mail_intake where subject = ?", subject), subject);
    }
  }

  private static Map<String, Object> requestWithSubject(String subject) throws Exception {
    return Eventually.until(
            WAIT,
            () -> Rows.query("select * from service_request where subject = ?", subject),
            rows -> !rows.isEmpty())
        .get(0);
  }

  private static MimeMessage text(String from, String subject, String body) throws Exception {
    MimeMessage message = new MimeMessage(SESSION);
    message.setFrom(new InternetAddress(from));
    message.setRecipients(jakarta.mail.Message.RecipientType.TO, MailServer.DESK);
    message.setSubject(subject, "UTF-8");
    message.setText(body, "UTF-8");
    message.saveChanges();
    return message;
  }

  private static MimeMessage raw(String text) throws Exception {
    return new MimeMessage(
        SESSION, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      return "";
    }
  }

  static String bodyOf(MimeMessage message) {
    try {
      Object content = message.getContent();
      if (content instanceof String text) {
        return text;
      }
      MimeMultipart parts = (MimeMultipart) content;
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < parts.getCount(); i++) {
        Object part = parts.getBodyPart(i).getContent();
        all.append(
            part instanceof String s
                ? s
                : new String(
                    parts.getBodyPart(i).getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      }
      return all.toString();
    } catch (Exception e) {
      return "";
    }
  }
}
