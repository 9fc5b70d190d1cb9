package bg.omegasoft.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {

  @Test
  void moneyInEuroAsBulgariansAndEnglishReadersWriteIt() {
    assertEquals("1 234,50 €", plain(Formats.money(new BigDecimal("1234.5"), Texts.BULGARIAN)));
    assertEquals("120,00 €", plain(Formats.money(new BigDecimal("120"), Texts.BULGARIAN)));
    assertEquals("€1,234.50", Formats.money(new BigDecimal("1234.5"), Texts.ENGLISH));
    assertEquals("0,01 €", plain(Formats.money(new BigDecimal("0.005"), Texts.BULGARIAN)));
  }

  @Test
  void timesAreShownInSofiaSummerAndWinter() {
    Instant winter = Instant.parse("2026-11-27T12:05:00Z");
    assertEquals("27.11.2026 14:05", Formats.dateTime(winter, Texts.BULGARIAN));
    assertEquals(
        "01.07.2026 15:00",
        Formats.dateTime(Instant.parse("2026-07-01T12:00:00Z"), Texts.BULGARIAN));
    assertEquals("27 Nov 2026 14:05", Formats.dateTime(winter, Texts.ENGLISH));
  }

  @Test
  void datesAsDayMonthYear() {
    assertEquals("01.01.2026", Formats.date(LocalDate.of(2026, 1, 1), Texts.BULGARIAN));
    assertEquals("", Formats.date(null, Texts.BULGARIAN));
  }

  /** CLDR separates with no-break spaces; compare with plain ones. */
  private static String plain(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ');
  }
}
