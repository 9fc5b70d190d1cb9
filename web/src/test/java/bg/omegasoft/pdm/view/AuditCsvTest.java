package bg.omegasoft.pdm.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.pdm.entity.Side;
import bg.omegasoft.pdm.entity.SpaceEvent;
import bg.omegasoft.shared.web.Texts;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  @Test
  void cellsThatCouldBeFormulasOrBreakTheRowAreNeutralised() {
    assertEquals("'=1+1", AuditCsv.cell("=1+1"));
    assertEquals("'+359", AuditCsv.cell("+359"));
    assertEquals("'@SUM(A1)", AuditCsv.cell("@SUM(A1)"));
    assertEquals("\"a;b\"", AuditCsv.cell("a;b"));
    assertEquals("\"say \"\"hi\"\"\"", AuditCsv.cell("say \"hi\""));
    assertEquals("", AuditCsv.cell(null));
  }

  @Test
  void theExportHasABomLocalisedHeadersAndSofiaTimes() {
    SpaceEvent event =
        new SpaceEvent(
            1,
            Instant.parse("2026-11-27T10:00:00Z"),
            new SpaceEvent.Actor("staff", "Стефан Димитров", 5L, Side.VENDOR),
            SpaceEvent.Action.FILE_DOWNLOADED,
            null,
            null,
            "10.0.0.7");
    String bulgarian =
        new String(AuditCsv.of(List.of(event), Texts.BULGARIAN), StandardCharsets.UTF_8);
    assertTrue(bulgarian.startsWith("\uFEFFВреме;Кой;"), bulgarian);
    assertTrue(
        bulgarian.contains(
            "2026-11-27 12:00:00;staff;Стефан Димитров;ОмегаСофт;Изтегляне;;;;10.0.0.7"),
        bulgarian);
    String english =
        new String(AuditCsv.of(List.of(event), Locale.ENGLISH), StandardCharsets.UTF_8);
    assertTrue(english.contains(";OmegaSoft;Download;"), english);
  }
}
