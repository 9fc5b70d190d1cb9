package bg.omegasoft.billing.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.billing.entity.Invoice;
import bg.omegasoft.billing.entity.InvoiceKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class InvoicePdfTest {

  static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void theBulgarianOriginalShowsEverythingTheLawAsks() throws Exception {
    Invoice invoice =
        TestInvoices.invoice(
            "0000000042",
            InvoiceKind.INVOICE,
            new Object[] {"Посещение: настройка на ТРЗ", "1.50", "60.00"});
    String text = text(InvoicePdf.of(invoice, null, false));
    for (String expected :
        new String[] {
          "Фактура № 0000000042",
          "ОРИГИНАЛ",
          "Деметра Агро ЕООД",
          "201234563",
          "BG131578107",
          "Посещение: настройка на ТРЗ",
          "90,00",
          "18,00",
          "108,00",
          "BG11UNCR70001520412307",
          "UNCRBGSF",
          CreditorReference.of("0000000042"),
          "14.12.2026"
        }) {
      assertTrue(text.contains(expected), () -> "missing " + expected + " in\n" + text);
    }
  }

  @Test
  void anEnglishCopyAndACreditNoteReferringToItsInvoice() throws Exception {
    Invoice invoice =
        TestInvoices.invoice(
            "0000000042", InvoiceKind.INVOICE, new Object[] {"Посещение", "1", "60.00"});
    Invoice note =
        TestInvoices.invoice(
            "0000000043", InvoiceKind.CREDIT_NOTE, new Object[] {"Кредитиране", "1", "10.00"});
    assertTrue(text(InvoicePdf.of(invoice, null, true)).contains("Invoice No. 0000000042"));
    String noteText = text(InvoicePdf.of(note, invoice, false));
    assertTrue(noteText.contains("Кредитно известие № 0000000043"), noteText);
    assertTrue(noteText.contains("Към фактура № 0000000042"), noteText);
  }
}
