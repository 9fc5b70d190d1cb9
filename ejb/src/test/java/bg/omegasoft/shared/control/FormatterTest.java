package bg.omegasoft.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bg.omegasoft.shared.entity.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatterTest {

  private static final Locale BG = Formatter.BULGARIAN;
  private static final Locale EN = Locale.ENGLISH;

  /** The no-break space the Bulgarian formats group with, written visibly in the expectations. */
  private static String nb(String text) {
    return text.replace('_', '\u00a0');
  }

  @Test
  void moneyReadsTheSameEverywhereInEachLanguage() {
    assertEquals(nb("1_234,56_€"), Formatter.money(new BigDecimal("1234.56"), BG));
    assertEquals("€1,234.56", Formatter.money(new BigDecimal("1234.56"), EN));
    assertEquals(nb("11_218,40_€"), Formatter.money(Money.of("11218.4"), BG));
    assertEquals(nb("0,50_€"), Formatter.money(new BigDecimal("0.5"), BG));
    assertEquals(nb("-7_777,00_€"), Formatter.money(new BigDecimal("-7777"), BG));
    assertEquals("-€7,777.00", Formatter.money(new BigDecimal("-7777"), EN));
    assertEquals(nb("1_000_000,01_€"), Formatter.money(new BigDecimal("1000000.005"), BG));
    assertEquals("", Formatter.money((BigDecimal) null, BG));
  }

  @Test
  void amountsWithoutTheSignKeepTwoDecimals() {
    assertEquals(nb("1_234,50"), Formatter.amount(new BigDecimal("1234.5"), BG));
    assertEquals("1,234.50", Formatter.amount(new BigDecimal("1234.5"), EN));
    assertEquals("0,00", Formatter.amount(BigDecimal.ZERO, BG));
  }

  @Test
  void quantitiesAndPercentagesDropTrailingZeros() {
    assertEquals("1", Formatter.quantity(new BigDecimal("1.00"), BG));
    assertEquals("1,5", Formatter.quantity(new BigDecimal("1.50"), BG));
    assertEquals("1.5", Formatter.quantity(new BigDecimal("1.50"), EN));
    assertEquals(nb("20_%"), Formatter.percent(new BigDecimal("20.00"), BG));
    assertEquals("20%", Formatter.percent(new BigDecimal("20.00"), EN));
    assertEquals(nb("11,1_%"), Formatter.share(new BigDecimal("0.1111"), BG));
    assertEquals(nb("1_250"), Formatter.number(1250, BG));
  }

  @Test
  void fileSizesInTheReadersUnits() {
    assertEquals(nb("512_Б"), Formatter.fileSize(512, BG));
    assertEquals(nb("1,5_МБ"), Formatter.fileSize(1536 * 1024, BG));
    assertEquals("1.5\u00a0MB", Formatter.fileSize(1536 * 1024, EN));
  }

  @Test
  void datesAndTimesInSofia() {
    LocalDate day = LocalDate.of(2026, 9, 7);
    assertEquals("07.09.2026", Formatter.date(day, BG));
    assertEquals("07 Sep 2026", Formatter.date(day, EN));
    assertEquals("07.09", Formatter.dayAndMonth(day, BG));
    Instant winter = Instant.parse("2026-12-07T12:30:00Z");
    assertEquals("07.12.2026 14:30", Formatter.dateTime(winter, BG));
    assertEquals("14:30", Formatter.time(winter, EN));
    assertEquals("01.07.2026 15:00", Formatter.dateTime(Instant.parse("2026-07-01T12:00:00Z"), BG));
    assertEquals("07 Dec 2026 14:30", Formatter.dateTime(winter, EN));
    assertEquals("", Formatter.date(null, BG));
  }
}
