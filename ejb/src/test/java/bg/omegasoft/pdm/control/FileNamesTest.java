package bg.omegasoft.pdm.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void pathPartsAreDropped() {
    assertEquals("passwd.txt", FileNames.neutralise("../../etc/passwd.txt"));
    assertEquals("заплати.xlsx", FileNames.neutralise("C:\\Users\\Мария\\Desktop\\заплати.xlsx"));
    assertEquals("file", FileNames.neutralise("../.."));
    assertEquals("file", FileNames.neutralise("/"));
    assertEquals("file", FileNames.neutralise(null));
  }

  @Test
  void controlAndReservedCharactersAreReplaced() {
    assertEquals("a_b_c.pdf", FileNames.neutralise("a<b>c.pdf"));
    assertEquals("line_break.pdf", FileNames.neutralise("line\nbreak.pdf"));
    assertEquals("evil_fdp.exe", FileNames.neutralise("evil\u202Efdp.exe"));
    assertEquals("hidden.txt", FileNames.neutralise("...hidden.txt"));
    assertEquals("_CON.txt", FileNames.neutralise("CON.txt"));
    assertEquals("Ведомост май 2026.pdf", FileNames.neutralise("  Ведомост   май 2026.pdf  "));
  }

  @Test
  void longNamesKeepTheirExtension() {
    String name = FileNames.neutralise("я".repeat(400) + ".pdf");
    assertTrue(name.length() <= FileNames.MAX_LENGTH);
    assertTrue(name.endsWith(".pdf"));
  }

  @Test
  void extensionsAreLowerCase() {
    assertEquals("pdf", FileNames.extension("Договор.PDF"));
    assertEquals("", FileNames.extension("README"));
    assertEquals("", FileNames.extension("name."));
  }
}
