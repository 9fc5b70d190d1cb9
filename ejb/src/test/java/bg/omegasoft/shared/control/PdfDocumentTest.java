package bg.omegasoft.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.shared.entity.Letterhead;
import bg.omegasoft.shared.entity.TestLetterheads;
import java.math.BigDecimal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The kit's page: the vendor's letterhead and footer, the page count, amounts in the document's
 * language, and Cyrillic text that can be read back from the file (the font is embedded).
 */
class PdfDocumentTest {

  private static final Letterhead VENDOR = TestLetterheads.omegaSoft();

  /** The text of a PDF, with no-break spaces read as spaces. */
  static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
    }
  }

  private static byte[] twoPages(java.util.Locale locale) {
    PdfDocument pdf = PdfDocument.a4(locale, "Проба", VENDOR);
    PdfTable table = pdf.table(5, 2).right(1).header("Ред", "Сума");
    for (int i = 1; i <= 60; i++) {
      table.row("Ред " + i, pdf.money(new BigDecimal("20.576")));
    }
    return pdf.add(table.total("Общо", pdf.money(new BigDecimal("1234.56")), true)).bytes();
  }

  @Test
  void theLetterheadTheFooterAndBulgarianAmounts() throws Exception {
    byte[] pdf = twoPages(Formatter.BULGARIAN);
    String text = text(pdf);
    for (String expected :
        new String[] {
          "ОмегаСофт ООД",
          "бул. Александър Малинов 51, 1712 София",
          "ЕИК 131578107 · ДДС № BG131578107",
          "+359 2 439 68 60 · office@omegasoft.bg · www.omegasoft.bg",
          "Ред 60",
          "20,58 €",
          "Общо 1 234,56 €",
          "ОмегаСофт ООД · ЕИК 131578107",
          "1 / 2",
          "2 / 2"
        }) {
      assertTrue(text.contains(expected), () -> "missing " + expected + " in\n" + text);
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertEquals(2, document.getNumberOfPages());
      assertEquals("ОмегаСофт ООД", document.getDocumentInformation().getAuthor());
    }
  }

  @Test
  void englishAmountsAndLabels() throws Exception {
    String text = text(twoPages(Formatter.ENGLISH));
    assertTrue(text.contains("€1,234.56"), text);
    assertTrue(text.contains("UIC 131578107 · VAT No. BG131578107"), text);
  }

  @Test
  void missingDetailsAreLeftOutOfTheLetterhead() throws Exception {
    String text =
        text(
            PdfDocument.a4(Formatter.BULGARIAN, "Проба", Letterhead.of("Деметра Агро ЕООД", null))
                .paragraph("Съдържание")
                .bytes());
    assertTrue(text.contains("Деметра Агро ЕООД\n"), text);
    assertFalse(text.contains("ЕИК"), text);
    assertTrue(text.contains("Съдържание"), text);
    assertTrue(text.contains("1 / 1"), text);
  }
}
