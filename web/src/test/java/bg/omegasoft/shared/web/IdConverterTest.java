package bg.omegasoft.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.convert.ConverterException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdConverterTest {

  @Test
  void anIdIsAsciiDigitsFromOneToTheLargestLong() {
    assertEquals(Optional.of(1L), IdConverter.parse("1"));
    assertEquals(Optional.of(42L), IdConverter.parse("0042"));
    assertEquals(Optional.of(Long.MAX_VALUE), IdConverter.parse("9223372036854775807"));
  }

  @Test
  void anythingElseNamesNoRecord() {
    for (String text :
        new String[] {
          "",
          "abc",
          "-1",
          "+1",
          "0",
          "000",
          " 1",
          "1 ",
          "1.0",
          "1e3",
          "0x10",
          "١",
          "１",
          "9223372036854775808",
          "99999999999999999999",
          "9".repeat(4096),
          "<script>",
          "'"
        }) {
      assertTrue(IdConverter.parse(text).isEmpty(), text);
    }
    assertTrue(IdConverter.parse(null).isEmpty());
  }

  @Test
  void theConverterRefusesWhatIsNotAnIdAndLetsAnEmptyParameterBe() {
    IdConverter converter = new IdConverter();
    assertEquals(7L, converter.getAsObject(null, null, "7"));
    assertEquals(null, converter.getAsObject(null, null, ""));
    assertThrows(ConverterException.class, () -> converter.getAsObject(null, null, "١"));
    assertEquals("7", converter.getAsString(null, null, 7L));
    assertEquals("", converter.getAsString(null, null, null));
  }
}
