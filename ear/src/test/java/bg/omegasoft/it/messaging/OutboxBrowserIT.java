package bg.omegasoft.it.messaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Browser;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Smtp;
import bg.omegasoft.it.support.TestDatabase;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
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
 * The administrator's Outgoing mail: a failed invoice mail shows with its attempts and last error,
 * the state filter finds it, Resend delivers it once the mail server is back, and its page shows it
 * as the client reads it, the PDF downloadable. Screenshots of both pages (laptop and phone) are
 * kept under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxBrowserIT {

  private static final String PASSWORD = "Omex-Demo-2026";
  private static final byte[] PDF = "%PDF-1.4 fixture".getBytes(StandardCharsets.US_ASCII);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void anAdministratorFindsAFailedMailResendsItAndReadsIt() throws Exception {
    String number = String.valueOf(9_000_000_000L + Math.abs(UUID.randomUUID().hashCode()));
    String subject = "Фактура № " + number + " от ОмегаСофт";
    long id = failedInvoiceMail(number, subject);
    GreenMail smtp = Smtp.start();
    try (Browser admin = new Browser()) {
      admin.signIn("admin", PASSWORD);
      admin.open("/messaging/outbox.xhtml");
      admin.waitForText("Изходяща поща");
      admin.screenshot("outbox-all-1366x900", 1366, 900);
      admin.choose("form:state", "Неуспешно");
      admin.waitForText(subject);
      String row = rowText(admin, subject);
      assertTrue(row.contains("office@demetra-agro.bg"), row);
      assertTrue(row.contains("Неуспешно") && row.contains("10"), row);
      assertTrue(row.contains("Connection refused"), row);
      admin.screenshot("outbox-1366x900", 1366, 900);
      admin.screenshot("outbox-390x844", 390, 844);

      String link = admin.driver().findElement(By.linkText(subject)).getAttribute("href");
      admin.clickAndExpect(resendOf(subject), "Писмото е поставено отново за изпращане.");
      MimeMessage mail = awaitMail(smtp, subject);
      assertEquals("office@demetra-agro.bg", mail.getAllRecipients()[0].toString());
      Multipart parts = (Multipart) mail.getContent();
      try (InputStream in = parts.getBodyPart(1).getInputStream()) {
        assertArrayEquals(PDF, in.readAllBytes());
      }
      Thread.sleep(2_000);
      assertEquals(1, received(smtp, subject).size(), "sent once");

      admin.driver().get(link);
      admin.waitForText("Прикачени файлове");
      String page = admin.pageText();
      assertTrue(page.contains("изпращаме ви фактура № " + number), page);
      assertTrue(page.contains(number + ".pdf"), page);
      assertTrue(page.contains("Изпратено"), page);
      admin.screenshot("mail-1366x900", 1366, 900);
      admin.screenshot("mail-390x844", 390, 844);
      String href =
          admin.driver().findElement(By.partialLinkText(number + ".pdf")).getAttribute("href");
      assertArrayEquals(PDF, admin.download(href));
      assertTrue(href.endsWith("/messaging/attachment?id=" + attachmentOf(id)), href);
    } finally {
      smtp.stop();
    }
  }

  /** An invoice mail whose retries ran out while the mail server was away. */
  private static long failedInvoiceMail(String number, String subject) throws Exception {
    try (Connection db = TestDatabase.connect();
        PreparedStatement mail =
            db.prepareStatement(
                "INSERT INTO outgoing_mail (recipient, subject, body, language, message_id,"
                    + " topic, dedup_key, state, created_at, attempts, next_attempt_at, last_error)"
                    + " VALUES ('office@demetra-agro.bg', ?, ?, 'bg', ?, ?, ?, 'FAILED',"
                    + " UTC_TIMESTAMP(3) - INTERVAL 4 HOUR, 10, UTC_TIMESTAMP(3),"
                    + " 'Couldn''t connect to host, port: 127.0.0.1, 3825; Connection refused')",
                Statement.RETURN_GENERATED_KEYS)) {
      mail.setString(1, subject);
      mail.setString(
          2,
          "Здравейте,\n\nизпращаме ви фактура № "
              + number
              + " като PDF и като електронна фактура (UBL 2.1, EN 16931).\n\nОмегаСофт ООД\n");
      mail.setString(3, "<" + UUID.randomUUID() + "@desk.omegasoft.bg>");
      mail.setString(4, "invoice:" + number);
      mail.setString(5, "billing-document:" + number);
      mail.executeUpdate();
      long id;
      try (ResultSet keys = mail.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
      try (PreparedStatement attachment =
          db.prepareStatement(
              "INSERT INTO outgoing_mail_attachment (mail_id, position, file_name, content_type,"
                  + " content) VALUES (?, 0, ?, 'application/pdf', ?)")) {
        attachment.setLong(1, id);
        attachment.setString(2, number + ".pdf");
        attachment.setBytes(3, PDF);
        attachment.executeUpdate();
      }
      return id;
    }
  }

  private static long attachmentOf(long mailId) throws Exception {
    try (Connection db = TestDatabase.connect();
        PreparedStatement select =
            db.prepareStatement("SELECT id FROM outgoing_mail_attachment WHERE mail_id = ?")) {
      select.setLong(1, mailId);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static String rowText(Browser browser, String subject) {
    return browser
        .driver()
        .findElement(By.xpath("//tr[.//a[normalize-space()='" + subject + "']]"))
        .getText();
  }

  private static By resendOf(String subject) {
    return By.xpath(
        "//tr[.//a[normalize-space()='" + subject + "']]//button[contains(@id,'resend')]");
  }

  private static MimeMessage awaitMail(GreenMail smtp, String subject) throws Exception {
    for (int i = 0; i < 60; i++) {
      List<MimeMessage> found = received(smtp, subject);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no e-mail " + subject);
  }

  private static List<MimeMessage> received(GreenMail smtp, String subject) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return subject.equals(m.getSubject());
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }
}
