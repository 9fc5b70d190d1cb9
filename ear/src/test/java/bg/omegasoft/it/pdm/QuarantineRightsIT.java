package bg.omegasoft.it.pdm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.AsAdmin;
import bg.omegasoft.it.support.AsStaff;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.pdm.boundary.DataSubjects;
import bg.omegasoft.pdm.boundary.FileDownload;
import bg.omegasoft.pdm.boundary.Quarantine;
import bg.omegasoft.pdm.boundary.SpaceFiles;
import bg.omegasoft.pdm.entity.PdmFile;
import bg.omegasoft.servicedesk.control.IncomingMail;
import bg.omegasoft.servicedesk.control.IntakeProcessor;
import bg.omegasoft.servicedesk.control.PlainAttachments;
import bg.omegasoft.servicedesk.entity.MailIntakeRecord.Outcome;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The encrypted quarantine of e-mail attachments from unknown senders, through the intake's own
 * processing of a mail: staff release a file into a client's space (the same encrypted content, now
 * readable there), the daily purge ends files whose retention passed (at a fixed moment), the data
 * subject export lists what a person sent and the erasure destroys it; and attachments stored in
 * plain text before this release are encrypted once.
 */
@ExtendWith(ArquillianExtension.class)
class QuarantineRightsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(QuarantineRightsIT.class);
  }

  @EJB IntakeProcessor intake;
  @EJB Quarantine quarantine;
  @EJB SpaceFiles files;
  @EJB DataSubjects subjects;
  @EJB PlainAttachments plainAttachments;
  @EJB AsAdmin asAdmin;
  @EJB AsStaff asStaff;
  @EJB AsNightlyTimer asNightlyTimer;

  @PersistenceContext(unitName = "omex")
  EntityManager em;

  @Resource UserTransaction tx;

  @Test
  void staffReleaseAHeldFileIntoAClientsSpaceWhereItReadsAsSent() throws Exception {
    PdmFixtures.staffAssignedToDemetra(em, tx);
    long demetra = PdmFixtures.demetra(em);
    String content = PdmFixtures.personalData();
    String name = PdmFixtures.unique("released");
    long held = mailFromStranger(stranger(), name, content);

    PdmFile released = asStaff.call(() -> quarantine.release(held, demetra));
    assertEquals(demetra, released.getClientId());
    assertEquals(name, released.getName());
    assertEquals("RELEASED", state(held));
    assertNull(PdmFixtures.single(em, "select wrapped_key from pdm_quarantine where id = ?", held));
    assertEquals(
        released.getId(),
        PdmFixtures.number(em, "select released_file_id from pdm_quarantine where id = ?", held));
    FileDownload download = asStaff.call(() -> files.download(released.getId()));
    try (InputStream in = download.open()) {
      assertArrayEquals(content.getBytes(StandardCharsets.UTF_8), in.readAllBytes());
    }
    assertTrue(asStaff.call(() -> quarantine.held()).stream().noneMatch(q -> q.getId() == held));
  }

  @Test
  void theDailyPurgeEndsHeldFilesWhoseRetentionPassed() throws Exception {
    String name = PdmFixtures.unique("purged");
    long held = mailFromStranger(stranger(), name, PdmFixtures.personalData());
    // read through the entity: a raw DATETIME would be taken in the JVM's zone, not UTC
    Instant due =
        asStaff.call(() -> quarantine.held()).stream()
            .filter(q -> q.getId() == held)
            .findFirst()
            .orElseThrow()
            .getRetainUntil();
    Instant received = due.minus(Duration.ofDays(30));
    String storage =
        (String)
            PdmFixtures.single(em, "select storage_name from pdm_quarantine where id = ?", held);
    assertTrue(Files.exists(PdmFixtures.stored(storage)));

    asNightlyTimer.call(() -> quarantine.purge(received.plus(Duration.ofDays(29))));
    assertEquals("HELD", state(held), "29 days: still held");

    int purged = asNightlyTimer.call(() -> quarantine.purge(received.plus(Duration.ofDays(30))));
    assertTrue(purged >= 1);
    assertEquals("EXPIRED", state(held));
    assertNull(PdmFixtures.single(em, "select wrapped_key from pdm_quarantine where id = ?", held));
    assertFalse(Files.exists(PdmFixtures.stored(storage)), "the encrypted content is gone");
    assertEquals(
        0, (int) asNightlyTimer.call(() -> quarantine.purge(received.plus(Duration.ofDays(30)))));
  }

  @Test
  void theExportListsWhatAPersonSentByEMailAndTheErasureDestroysIt() throws Exception {
    long userId = PdmFixtures.subject(em, tx);
    String email =
        (String) PdmFixtures.single(em, "select email from app_user where id = ?", userId);
    String name = PdmFixtures.unique("subject-mail");
    long held = mailFromStranger(email, name, PdmFixtures.personalData());
    String storage =
        (String)
            PdmFixtures.single(em, "select storage_name from pdm_quarantine where id = ?", held);

    JsonObject export = asAdmin.call(() -> subjects.export(userId));
    List<JsonObject> sent =
        export
            .getJsonObject("capabilities")
            .getJsonObject("servicedesk")
            .getJsonArray("emailAttachments")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getString("name").equals(name))
            .toList();
    assertEquals(1, sent.size(), export.toString());
    assertEquals(String.valueOf(held), sent.get(0).getString("quarantineId"));
    assertEquals("HELD", sent.get(0).getString("quarantineState"));

    String pseudonym = asAdmin.call(() -> subjects.anonymise(userId));
    assertEquals("DELETED", state(held));
    assertNull(PdmFixtures.single(em, "select wrapped_key from pdm_quarantine where id = ?", held));
    assertEquals(
        pseudonym, PdmFixtures.single(em, "select sender from pdm_quarantine where id = ?", held));
    assertEquals(
        0L,
        PdmFixtures.number(
            em, "select count(*) from mail_intake where lower(sender) = lower(?)", email));
    assertFalse(Files.exists(PdmFixtures.stored(storage)), "the encrypted content is gone");
  }

  @Test
  void attachmentsKeptInPlainTextBeforeAreEncryptedOnce() throws Exception {
    String marker = "Стар Запис " + UUID.randomUUID();
    String name = PdmFixtures.unique("old-plain");
    long validity = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
    PdmFixtures.update(
        em,
        tx,
        "insert into mail_intake (uid_validity, uid, sender, subject, read_at, outcome)"
            + " values (?, 1, 'old-sender@nowhere.example', 'Старо писмо', utc_timestamp(3),"
            + " 'SET_ASIDE')",
        validity);
    long intakeId =
        PdmFixtures.number(em, "select id from mail_intake where uid_validity = ?", validity);
    PdmFixtures.update(
        em,
        tx,
        "insert into mail_quarantine (mail_intake_id, file_name, content_type, size_bytes,"
            + " sha256, content) values (?, ?, 'text/csv', 40, null, ?)",
        intakeId,
        name,
        ("Име\n" + marker + "\n").getBytes(StandardCharsets.UTF_8));
    long rowId = PdmFixtures.number(em, "select id from mail_quarantine where file_name = ?", name);

    // the start-up run may have converted it first; either way it is converted exactly once
    plainAttachments.convertAll();
    assertNull(PdmFixtures.single(em, "select content from mail_quarantine where id = ?", rowId));
    Object held =
        PdmFixtures.single(em, "select pdm_quarantine_id from mail_quarantine where id = ?", rowId);
    assertNotNull(held, "now in the encrypted quarantine");
    assertEquals("HELD", state(((Number) held).longValue()));
    assertFalse(plainAttachments.convert(rowId), "converted once only");
    assertEquals(
        1L, PdmFixtures.number(em, "select count(*) from pdm_quarantine where name = ?", name));
  }

  private long mailFromStranger(String sender, String name, String content) throws Exception {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    long validity = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
    Outcome outcome =
        intake.process(
            validity,
            1,
            new IncomingMail(
                sender,
                "Непознат Подател",
                "Файл " + UUID.randomUUID(),
                "<" + UUID.randomUUID() + "@nowhere.example>",
                List.of(),
                "Изпращам Ви файла.",
                List.of(
                    new IncomingMail.Attachment(
                        name,
                        "text/csv",
                        bytes.length,
                        HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                        bytes)),
                false));
    assertEquals(Outcome.TRIAGE, outcome);
    return PdmFixtures.number(
        em, "select pdm_quarantine_id from mail_quarantine where file_name = ?", name);
  }

  private String state(long quarantineId) {
    em.clear();
    return (String)
        PdmFixtures.single(em, "select state from pdm_quarantine where id = ?", quarantineId);
  }

  private static String stranger() {
    return "stranger-" + UUID.randomUUID().toString().substring(0, 8) + "@nowhere.example";
  }
}
