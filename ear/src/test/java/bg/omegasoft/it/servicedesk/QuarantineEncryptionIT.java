package bg.omegasoft.it.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.TestDatabase;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * E-mail attachments never sit in plain text: a real mail (GreenMail IMAP) from a known client's
 * contact puts its attachment, encrypted, into that client's PDM space (folder "Писма") with a
 * pointer in the request's history; one from an unknown sender goes into PDM's encrypted
 * quarantine; a refused type is not kept at all. Neither the database nor the files under the data
 * directory hold the plaintext.
 */
@ExtendWith(ArquillianExtension.class)
class QuarantineEncryptionIT {

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
  void aKnownContactsAttachmentGoesEncryptedIntoTheirClientsSpace() throws Exception {
    String marker = "Иван Личнов " + UUID.randomUUID();
    String name = "vedomost-" + UUID.randomUUID().toString().substring(0, 8) + ".csv";
    String subject = "Ведомост " + UUID.randomUUID();
    mail.deliver(withAttachment(MARIA, subject, name, "ЕГН;Име\n8001010000;" + marker + "\n"));

    Map<String, Object> row = attachmentNamed(name);
    assertNotNull(row.get("pdm_file_id"), "filed into the client's space: " + row);
    assertNull(row.get("pdm_quarantine_id"));
    assertNull(row.get("refusal"));
    assertNull(row.get("content"), "no plain copy in the mail intake");
    Map<String, Object> file =
        Rows.query(
                "select f.client_id, f.storage_name, f.sha256, d.name as folder, c.uic,"
                    + " u.username from pdm_file f join pdm_folder d on d.id = f.folder_id"
                    + " join client c on c.id = f.client_id join app_user u on u.id = f.uploaded_by"
                    + " where f.id = ?",
                row.get("pdm_file_id"))
            .get(0);
    assertEquals("201234563", file.get("uic"), "Деметра Агро, Мария's company");
    assertEquals("Писма (e-mail attachments)", file.get("folder"));
    assertEquals("omex-mailbox", file.get("username"));

    assertNoPlaintextInTheDatabase(marker);
    assertNoPlaintextOnDisk(file.get("storage_name").toString(), marker);

    Map<String, Object> request =
        Rows.query("select id from service_request where subject = ?", subject).get(0);
    assertTrue(
        Rows.count(
                "select count(*) from service_request_transition where request_id = ?"
                    + " and note like ? and note like ?",
                request.get("id"),
                "%" + name + "%",
                "%PDM, файл #" + row.get("pdm_file_id") + "%")
            == 1,
        "the request's history points to the file");
  }

  @Test
  void anUnknownSendersAttachmentWaitsEncryptedInTheQuarantine() throws Exception {
    String marker = "Петър Непознат " + UUID.randomUUID();
    String sender = "stranger-" + UUID.randomUUID().toString().substring(0, 8) + "@nowhere.example";
    String name = "spisak-" + UUID.randomUUID().toString().substring(0, 8) + ".csv";
    mail.deliver(withAttachment(sender, "Списък " + marker, name, "Име\n" + marker + "\n"));

    Map<String, Object> row = attachmentNamed(name);
    assertNull(row.get("pdm_file_id"));
    assertNotNull(row.get("pdm_quarantine_id"), "held in the quarantine: " + row);
    assertNull(row.get("content"), "no plain copy in the mail intake");
    Map<String, Object> held =
        Rows.query(
                "select state, sender, storage_name, wrapped_key, retain_until, received_at"
                    + " from pdm_quarantine where id = ?",
                row.get("pdm_quarantine_id"))
            .get(0);
    assertEquals("HELD", held.get("state"));
    assertEquals(sender, held.get("sender"));
    assertNotNull(held.get("wrapped_key"));
    assertEquals(
        30,
        Duration.between(
                ((java.sql.Timestamp) held.get("received_at")).toInstant(),
                ((java.sql.Timestamp) held.get("retain_until")).toInstant())
            .toDays(),
        "kept for the default 30 days");
    assertNoPlaintextInTheDatabase("Име\n" + marker);
    assertNoPlaintextOnDisk(held.get("storage_name").toString(), marker);
  }

  @Test
  void anAttachmentOfARefusedTypeIsNotKeptAtAll() throws Exception {
    String name = "run-" + UUID.randomUUID().toString().substring(0, 8) + ".exe";
    mail.deliver(withAttachment(MARIA, "Програма " + UUID.randomUUID(), name, "MZ not a pdf"));
    Map<String, Object> row = attachmentNamed(name);
    assertEquals("type", row.get("refusal"));
    assertNull(row.get("pdm_file_id"));
    assertNull(row.get("pdm_quarantine_id"));
    assertNull(row.get("content"));
  }

  private static Map<String, Object> attachmentNamed(String name) throws Exception {
    return Eventually.until(
            WAIT,
            () -> Rows.query("select * from mail_quarantine where file_name = ?", name),
            rows -> !rows.isEmpty())
        .get(0);
  }

  /** No stored attachment, file record or quarantine record holds the text, read raw. */
  private static void assertNoPlaintextInTheDatabase(String text) throws Exception {
    byte[] plain = text.getBytes(StandardCharsets.UTF_8);
    try (Connection db = TestDatabase.connect();
        PreparedStatement query =
            db.prepareStatement(
                "select content from mail_quarantine where content is not null"
                    + " union all select wrapped_key from pdm_quarantine"
                    + " union all select wrapped_key from pdm_file");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        byte[] bytes = rows.getBytes(1);
        assertFalse(bytes != null && contains(bytes, plain), "plaintext found in the database");
      }
    }
    assertEquals(
        0,
        Rows.count(
            "select count(*) from mail_quarantine where content is not null and file_name like ?",
            "%-%.csv"),
        "no attachment keeps its content in the mail intake");
  }

  private static void assertNoPlaintextOnDisk(String storageName, String text) throws Exception {
    byte[] plain = text.getBytes(StandardCharsets.UTF_8);
    Path root = Path.of(System.getProperty("omex.data.dir", "target/data"), "pdm");
    Path stored =
        root.resolve("files").resolve(storageName.substring(0, 2)).resolve(storageName + ".omx");
    assertTrue(Files.isRegularFile(stored), "the encrypted content is stored: " + stored);
    try (Stream<Path> all = Files.walk(root)) {
      for (Path path : all.filter(Files::isRegularFile).toList()) {
        assertFalse(contains(Files.readAllBytes(path), plain), "plaintext on disk in " + path);
      }
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static MimeMessage withAttachment(String from, String subject, String name, String csv)
      throws Exception {
    MimeMessage message = new MimeMessage(SESSION);
    message.setFrom(new InternetAddress(from));
    message.setRecipients(jakarta.mail.Message.RecipientType.TO, MailServer.DESK);
    message.setSubject(subject, "UTF-8");
    MimeBodyPart body = new MimeBodyPart();
    body.setText("Прилагам файла.", "UTF-8");
    MimeBodyPart file = new MimeBodyPart();
    file.setContent(csv, "text/csv; charset=UTF-8");
    file.setFileName(name);
    file.setDisposition(MimeBodyPart.ATTACHMENT);
    message.setContent(new MimeMultipart(body, file));
    message.saveChanges();
    return message;
  }
}
