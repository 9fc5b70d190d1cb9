package bg.omegasoft.it.pdm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.it.notices.NoticeLog;
import bg.omegasoft.it.support.AsAdmin;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.pdm.boundary.Breaches;
import bg.omegasoft.pdm.boundary.ProcessingAgreements;
import bg.omegasoft.pdm.boundary.ProcessingRecords;
import bg.omegasoft.pdm.boundary.RecordChangedException;
import bg.omegasoft.pdm.entity.DataBreach;
import bg.omegasoft.pdm.entity.LegalBasis;
import bg.omegasoft.pdm.entity.ProcessingActivity;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.boundary.Notice;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.logging.Log;
import org.apache.fontbox.FontBoxFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operator's records: the register of processing activities (seeded, listed, edited, as a PDF
 * in both languages), the clients' data-processing agreements with the list of those missing or
 * outdated, and the breach log with its 72-hour clock and the warning to every ADMIN at 48 hours.
 */
@ExtendWith(ArquillianExtension.class)
class ProcessingRecordsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(
            ProcessingRecordsIT.class,
            PDDocument.class,
            RandomAccessRead.class,
            FontBoxFont.class,
            Log.class)
        .addAsLibrary(NoticeLog.library());
  }

  @EJB ProcessingRecords records;
  @EJB ProcessingAgreements agreements;
  @EJB Breaches breaches;
  @EJB AsAdmin asAdmin;
  @EJB AsNightlyTimer asNightlyTimer;
  @Inject NoticeLog notices;

  @PersistenceContext(unitName = "omex")
  EntityManager em;

  @Resource UserTransaction tx;

  @Test
  void theRegisterIsSeededEditableAndPrintable() throws Exception {
    List<ProcessingActivity> activities = asAdmin.call(() -> records.activities());
    List<String> codes = activities.stream().map(ProcessingActivity::getCode).toList();
    assertTrue(
        codes.containsAll(
            List.of(
                "TRAININGS",
                "SERVICE_DESK",
                "CONTRACTS_BILLING",
                "PDM_SPACES",
                "MAIL_INTAKE",
                "PUBLIC_FORMS")),
        codes.toString());
    ProcessingActivity pdm =
        activities.stream().filter(a -> a.getCode().equals("PDM_SPACES")).findFirst().orElseThrow();
    assertEquals(ProcessingActivity.Role.PROCESSOR, pdm.getRole());
    ProcessingActivity intake =
        activities.stream()
            .filter(a -> a.getCode().equals("MAIL_INTAKE"))
            .findFirst()
            .orElseThrow();

    String purpose = "Превръщане на писмата в заявки " + UUID.randomUUID();
    ProcessingActivity.Texts bg = intake.bulgarian();
    ProcessingActivity.Texts changed =
        new ProcessingActivity.Texts(
            bg.name(),
            purpose,
            bg.subjects(),
            bg.data(),
            bg.recipients(),
            bg.transfers(),
            bg.retention(),
            bg.security());
    ProcessingActivity saved =
        asAdmin.call(
            () ->
                records.save(
                    intake.getId(),
                    intake.getVersion(),
                    new ProcessingRecords.Edit(
                        intake.getRole(),
                        LegalBasis.LEGITIMATE_INTERESTS,
                        changed,
                        intake.english())));
    assertEquals(purpose, saved.bulgarian().purpose());
    assertEquals("admin", saved.getUpdatedBy());
    assertThrows(
        RecordChangedException.class,
        () ->
            asAdmin.call(
                () ->
                    records.save(
                        intake.getId(),
                        intake.getVersion(),
                        new ProcessingRecords.Edit(
                            intake.getRole(), intake.getLegalBasis(), bg, intake.english()))),
        "an edit from a stale version is refused");
    ProcessingActivity.Texts empty =
        new ProcessingActivity.Texts(bg.name(), " ", "x", "x", "x", "x", "x", "x");
    assertThrows(
        InvalidInputException.class,
        () ->
            asAdmin.call(
                () ->
                    records.save(
                        saved.getId(),
                        saved.getVersion(),
                        new ProcessingRecords.Edit(
                            saved.getRole(), saved.getLegalBasis(), empty, saved.english()))));

    byte[] bulgarian = asAdmin.call(() -> records.pdf(Locale.forLanguageTag("bg")));
    try (PDDocument document = Loader.loadPDF(bulgarian)) {
      assertTrue(document.getNumberOfPages() >= 2, "six activities take more than a page");
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertTrue(text.contains("Регистър на дейностите по обработване на лични данни"), text);
      assertTrue(
          text.replace(" ", "").contains(purpose.replace(" ", "")),
          "the edited purpose is printed (lines may wrap anywhere)");
      assertTrue(text.contains("Обработващ (за клиентите)"), text);
      assertTrue(text.contains("Мерки за сигурност"), text);
    }
    byte[] english = asAdmin.call(() -> records.pdf(Locale.ENGLISH));
    try (PDDocument document = Loader.loadPDF(english)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertTrue(text.contains("Record of processing activities"), text);
      assertTrue(text.contains("Transfers outside the EU"), text);
    }
  }

  @Test
  void aClientWithASpaceNeedsACurrentProcessingAgreement() throws Exception {
    long foreign = PdmFixtures.foreignClient(em, tx);
    PdmFixtures.update(
        em,
        tx,
        "insert ignore into pdm_space (client_id, created_at) values (?, utc_timestamp(3))",
        foreign);
    PdmFixtures.update(em, tx, "delete from processing_agreement where client_id = ?", foreign);
    assertTrue(
        asAdmin.call(() -> agreements.lacking()).stream()
            .anyMatch(s -> s.clientId() == foreign && s.missing()));

    asAdmin.call(
        () ->
            agreements.record(
                foreign,
                new ProcessingAgreements.Signed(
                    "0.9", LocalDate.now().minusDays(400), "Олга Чуждева, управител", null)));
    assertTrue(
        asAdmin.call(() -> agreements.lacking()).stream()
            .anyMatch(s -> s.clientId() == foreign && s.outdated()),
        "an older version than the current one is listed");

    String current = asAdmin.call(() -> agreements.currentVersion());
    asAdmin.call(
        () ->
            agreements.record(
                foreign,
                new ProcessingAgreements.Signed(
                    current, LocalDate.now().minusDays(1), "Олга Чуждева, управител", null)));
    assertFalse(
        asAdmin.call(() -> agreements.lacking()).stream().anyMatch(s -> s.clientId() == foreign));
    assertEquals(
        "Олга Чуждева, управител",
        PdmFixtures.single(
            em, "select signed_by from processing_agreement where client_id = ?", foreign));
    assertThrows(
        InvalidInputException.class,
        () ->
            asAdmin.call(
                () ->
                    agreements.record(
                        foreign,
                        new ProcessingAgreements.Signed(
                            current, LocalDate.now().plusDays(3), "Някой", null))),
        "a date in the future is refused");
    assertThrows(
        InvalidInputException.class,
        () ->
            asAdmin.call(
                () ->
                    agreements.record(
                        foreign,
                        new ProcessingAgreements.Signed(
                            current, LocalDate.now(), "Някой", Long.MAX_VALUE))),
        "the scan must be a file of the client's space");
  }

  @Test
  void aBreachHasASeventyTwoHourClockAndWarnsEveryAdminOnceAtFortyEightHours() throws Exception {
    Instant detected = Instant.now().minus(Duration.ofHours(49)).truncatedTo(ChronoUnit.MILLIS);
    DataBreach breach =
        asAdmin.call(
            () ->
                breaches.log(
                    new DataBreach.Facts(
                        detected,
                        "Изгубен служебен лаптоп с копие на ведомост " + UUID.randomUUID(),
                        "Служители на клиент",
                        35,
                        "Имена, ЕГН, заплати",
                        35,
                        "Риск от злоупотреба с ЕГН",
                        "Дистанционно заключване на устройството")));
    assertEquals(detected.plus(Duration.ofHours(72)), breach.dueAt());
    assertEquals(DataBreach.Clock.RUNNING, breach.clockAt(detected.plus(Duration.ofHours(47))));
    assertEquals(DataBreach.Clock.WARNING, breach.clockAt(detected.plus(Duration.ofHours(48))));
    assertEquals(DataBreach.Clock.LATE, breach.clockAt(detected.plus(Duration.ofHours(72))));

    Instant at47 = detected.plus(Duration.ofHours(47));
    asNightlyTimer.call(() -> breaches.warn(at47));
    assertTrue(notices.withDedupKey("breach-warning:" + breach.getId()).isEmpty(), "not yet");

    Instant at48 = detected.plus(Duration.ofHours(48));
    asNightlyTimer.call(() -> breaches.warn(at48));
    asNightlyTimer.call(() -> breaches.warn(at48.plus(Duration.ofMinutes(10))));
    List<Notice> warned = notices.withDedupKey("breach-warning:" + breach.getId());
    assertEquals(1, warned.size(), "warned once");
    assertEquals(Notice.Kind.CLOCK_WARNING, warned.get(0).kind());
    assertEquals(Roles.ADMIN, warned.get(0).audience().role());
    assertEquals("/pdm/breaches.xhtml?id=" + breach.getId(), warned.get(0).link());

    DataBreach loaded = asAdmin.call(() -> breaches.breach(breach.getId()));
    Instant late = detected.plus(Duration.ofHours(48));
    assertThrows(
        InvalidInputException.class,
        () ->
            asAdmin.call(
                () ->
                    breaches.update(
                        loaded.getId(),
                        loaded.getVersion(),
                        facts(loaded),
                        new DataBreach.Notification(
                            detected.plus(Duration.ofHours(80)), null, null))),
        "a notification in the future is refused");
    DataBreach notified =
        asAdmin.call(
            () ->
                breaches.update(
                    loaded.getId(),
                    loaded.getVersion(),
                    facts(loaded),
                    new DataBreach.Notification(late, null, late)));
    assertEquals(DataBreach.Clock.NOTIFIED, notified.clockAt(Instant.now()));
    assertThrows(EJBAccessException.class, () -> breaches.all(), "ADMIN only");
  }

  private static DataBreach.Facts facts(DataBreach b) {
    return new DataBreach.Facts(
        b.getDetectedAt(),
        b.getDescription(),
        b.getSubjectCategories(),
        b.getSubjectsApprox(),
        b.getDataCategories(),
        b.getRecordsApprox(),
        b.getConsequences(),
        b.getMeasures());
  }
}
