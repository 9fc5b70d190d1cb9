package bg.omegasoft.learning.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.shared.boundary.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules of versions: drafts change, published versions never; publishing needs a reason. */
class VersionRulesTest {

  static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
  static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  static Programme publishedProgramme() {
    Programme programme =
        Programme.standard(
            new Product("PAYROLL", "Омекс ТРЗ", 1),
            Level.BEGINNER,
            "ТРЗ за начинаещи",
            "trainer",
            NOW);
    ProgrammeVersion first = programme.latest();
    first.describe("ТРЗ за начинаещи", null, null, new BigDecimal("240"), 70);
    first.addModule("Месечна заплата", null, new BigDecimal("8"), null).addLesson("Изчисляване");
    programme.publishDraft(Publication.firstEdition(JAN_1.minusMonths(4)), "trainer", NOW);
    return programme;
  }

  @Test
  void theFirstVersionIsTheFirstEditionAndNeedsNoOtherReason() {
    Programme programme = publishedProgramme();
    ProgrammeVersion first = programme.current().orElseThrow();
    assertEquals(1, first.getNumber());
    assertEquals(ChangeReason.FIRST_EDITION, first.getReason());
    assertEquals(VersionStatus.PUBLISHED, first.getStatus());
  }

  @Test
  void aPublishedVersionRefusesEveryEdit() {
    ProgrammeVersion published = publishedProgramme().current().orElseThrow();
    ProgrammeModule module = published.getModules().get(0);
    Lesson lesson = module.getLessons().get(0);
    assertThrows(
        VersionNotEditableException.class,
        () -> published.describe("Ново", null, null, BigDecimal.ONE, 50));
    assertThrows(
        VersionNotEditableException.class,
        () -> published.addModule("Още", null, BigDecimal.ONE, null));
    assertThrows(
        VersionNotEditableException.class,
        () -> module.describe("Друго", null, BigDecimal.ONE, null));
    assertThrows(VersionNotEditableException.class, () -> module.addLesson("Друг урок"));
    assertThrows(VersionNotEditableException.class, () -> lesson.edit("x", "<p>x</p>", null));
    assertThrows(
        VersionNotEditableException.class, () -> lesson.attach(1L, "a.pdf", "application/pdf", 10));
    assertEquals("Месечна заплата", module.getTitle());
    assertEquals("programme.versionNotEditable", new VersionNotEditableException(1).messageKey());
  }

  @Test
  void editingCreatesADraftCopyNumberedNextThatKeepsLineage() {
    Programme programme = publishedProgramme();
    ProgrammeVersion draft = programme.startDraft("trainer", NOW);
    assertEquals(2, draft.getNumber());
    assertTrue(draft.isDraft());
    assertSame(draft, programme.startDraft("other", NOW), "one draft per programme");
    ProgrammeModule copy = draft.getModules().get(0);
    ProgrammeModule original = programme.current().orElseThrow().getModules().get(0);
    assertNotSame(original, copy);
    assertEquals(original.getLineage(), copy.getLineage());
    assertEquals(original.getLessons().get(0).getLineage(), copy.getLessons().get(0).getLineage());
    copy.describe("Месечна заплата в евро", null, new BigDecimal("10"), null);
    assertEquals("Месечна заплата", original.getTitle(), "the published version is untouched");
  }

  @Test
  void publishingALaterVersionNeedsAReasonWithItsDetails() {
    Programme programme = publishedProgramme();
    programme.startDraft("trainer", NOW);
    assertRefused(programme, new Publication(null, null, null, null, null, JAN_1), "reason");
    assertRefused(
        programme,
        new Publication(ChangeReason.FIRST_EDITION, null, null, null, null, JAN_1),
        "reason");
    assertRefused(
        programme,
        new Publication(ChangeReason.REGULATION_CHANGE, " ", JAN_1, null, null, JAN_1),
        "reference");
    assertRefused(
        programme,
        new Publication(ChangeReason.REGULATION_CHANGE, "ПМС за МРЗ 2026", null, null, null, JAN_1),
        "effectiveOn");
    assertRefused(
        programme,
        new Publication(ChangeReason.PRODUCT_CHANGE, null, null, "", null, JAN_1),
        "productVersion");
    assertRefused(
        programme,
        new Publication(ChangeReason.PRODUCT_CHANGE, null, null, "5.2", null, null),
        "appliesFrom");
    assertRefused(
        programme,
        new Publication(ChangeReason.PRODUCT_CHANGE, null, null, "5.2", null, JAN_1.minusYears(1)),
        "appliesFrom");
    assertTrue(programme.draft().isPresent(), "a refused publication leaves the draft a draft");
  }

  @Test
  void publishingSupersedesThePreviousVersion() {
    Programme programme = publishedProgramme();
    ProgrammeVersion first = programme.current().orElseThrow();
    programme.startDraft("trainer", NOW);
    ProgrammeVersion second =
        programme.publishDraft(
            new Publication(
                ChangeReason.REGULATION_CHANGE, "ПМС за МРЗ 2026", JAN_1, null, "евро", JAN_1),
            "trainer",
            NOW);
    assertEquals(VersionStatus.SUPERSEDED, first.getStatus());
    assertEquals(second, programme.current().orElseThrow());
    assertEquals("ПМС за МРЗ 2026", second.getReasonReference());
    assertEquals(JAN_1, second.getReasonEffectiveOn());
    assertEquals(null, second.getProductVersion());
    assertThrows(
        NothingToPublishException.class,
        () -> programme.publishDraft(Publication.firstEdition(JAN_1), "trainer", NOW));
  }

  @Test
  void anEmptyDraftCannotBePublished() {
    Programme programme =
        Programme.standard(
            new Product("HR", "Омекс Персонал", 2), Level.BEGINNER, "Персонал", "trainer", NOW);
    programme.latest().describe("Персонал", null, null, BigDecimal.TEN, 70);
    assertThrows(
        NothingToPublishException.class,
        () -> programme.publishDraft(Publication.firstEdition(JAN_1), "trainer", NOW));
  }

  @Test
  void detailsAreChecked() {
    ProgrammeVersion draft = publishedProgramme().startDraft("trainer", NOW);
    assertThrows(
        InvalidInputException.class, () -> draft.describe(" ", null, null, BigDecimal.TEN, 70));
    assertThrows(
        InvalidInputException.class, () -> draft.describe("x", null, null, BigDecimal.TEN, 0));
    assertThrows(
        InvalidInputException.class,
        () -> draft.describe("x", null, null, new BigDecimal("-1"), 70));
    assertThrows(InvalidInputException.class, () -> draft.describe("x", null, null, null, 70));
    assertThrows(
        InvalidInputException.class, () -> draft.addModule("m", null, new BigDecimal("0"), null));
    assertNotEquals(BigDecimal.ZERO, draft.getHours());
  }

  private static void assertRefused(Programme programme, Publication publication, String field) {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> programme.publishDraft(publication, "trainer", NOW));
    assertEquals(field, refused.fieldKeys().keySet().iterator().next(), refused.messageKey());
  }
}
