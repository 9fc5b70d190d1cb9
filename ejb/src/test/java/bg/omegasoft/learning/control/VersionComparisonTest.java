package bg.omegasoft.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.learning.control.VersionComparison.Change;
import bg.omegasoft.learning.control.VersionComparison.Kind;
import bg.omegasoft.learning.entity.ChangeReason;
import bg.omegasoft.learning.entity.Level;
import bg.omegasoft.learning.entity.Product;
import bg.omegasoft.learning.entity.Programme;
import bg.omegasoft.learning.entity.ProgrammeModule;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.learning.entity.Publication;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Modules and lessons added, removed and changed between two versions, matched by lineage. */
class VersionComparisonTest {

  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

  @Test
  void findsWhatWasAddedRemovedAndChanged() {
    Programme programme =
        Programme.standard(new Product("PAYROLL", "Омекс ТРЗ", 1), Level.BEGINNER, "ТРЗ", "t", NOW);
    ProgrammeVersion first = programme.latest();
    first.describe("ТРЗ за начинаещи", null, null, new BigDecimal("240"), 70);
    ProgrammeModule settings = first.addModule("Настройки", null, new BigDecimal("4"), null);
    settings.addLesson("Данни на фирмата").edit("Данни на фирмата", "<p>МРЗ 1077 лв.</p>", null);
    settings.addLesson("Длъжности");
    first.addModule("Стар модул", null, BigDecimal.ONE, null).addLesson("Стар урок");
    programme.publishDraft(Publication.firstEdition(LocalDate.of(2025, 9, 1)), "t", NOW);

    ProgrammeVersion second = programme.startDraft("t", NOW);
    ProgrammeModule copied = second.getModules().get(0);
    copied.getLessons().get(0).edit("Данни на фирмата", "<p>МРЗ 620,20 €</p>", null);
    copied.addLesson("Преминаване към евро");
    second.getModules().remove(1);
    second.addModule("Нов модул", null, new BigDecimal("2"), null).addLesson("Нов урок");
    second.describe("ТРЗ за начинаещи", null, null, new BigDecimal("260"), 70);
    programme.publishDraft(
        new Publication(
            ChangeReason.REGULATION_CHANGE,
            "МРЗ 2026",
            LocalDate.of(2026, 1, 1),
            null,
            null,
            LocalDate.of(2026, 1, 1)),
        "t",
        NOW);

    List<Change> changes = VersionComparison.between(first, second);

    assertTrue(has(changes, Kind.CHANGED, "PROGRAMME", "ТРЗ за начинаещи"), changes.toString());
    assertTrue(changes.get(0).detail().contains("price"));
    assertTrue(has(changes, Kind.CHANGED, "LESSON", "Данни на фирмата"), changes.toString());
    assertTrue(has(changes, Kind.ADDED, "LESSON", "Преминаване към евро"));
    assertTrue(has(changes, Kind.ADDED, "MODULE", "Нов модул"));
    assertTrue(has(changes, Kind.ADDED, "LESSON", "Нов урок"));
    assertTrue(has(changes, Kind.REMOVED, "MODULE", "Стар модул"));
    assertTrue(changes.stream().noneMatch(c -> c.title().equals("Длъжности")), "unchanged lesson");
    assertEquals(List.of(), VersionComparison.between(second, second));
  }

  private static boolean has(List<Change> changes, Kind kind, String part, String title) {
    return changes.stream()
        .anyMatch(c -> c.kind() == kind && c.part().equals(part) && c.title().equals(title));
  }
}
