package bg.omegasoft.pdm.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PdmFormatsTest {

  @Test
  void sizesInTheReadersUnitsAndDecimals() {
    Locale bg = Locale.forLanguageTag("bg-BG");
    assertEquals("512 B", PdmFormats.size(512, bg));
    assertEquals("1,5 KB", PdmFormats.size(1536, bg));
    assertEquals("1.5 KB", PdmFormats.size(1536, Locale.UK));
    assertEquals("100 MB", PdmFormats.size(100L * 1024 * 1024, Locale.UK));
  }
}
