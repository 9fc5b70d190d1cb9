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
      return new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
    }
  }

  @Test
  void theBulgarianOriginalShowsEverythingTheLawAsks() throws Exception {
    Invoice invoice =
        TestInvoices.invoice(
            "0000000042",
            InvoiceKind.INVOICE,
            new Object[] {"Посещение: настройка на ТРЗ", "1.50", "60.00"},
            new Object[] {"Обучение „Омекс ТРЗ за напреднали“", "1", "938.80"},
            new Object[] {"Възстановяване на парола за заплати 64d042", "0", "27.00"});
    String text = text(InvoicePdf.of(invoice, null, false));
    for (String expected :
        new String[] {
          "Фактура № 0000000042",
          "ОРИГИНАЛ",
          "Деметра Агро ЕООД",
          "201234563",
          "BG131578107",
          "Посещение: настройка на ТРЗ",
          "бул. Александър Малинов 51, 1712 София",
          "ЕИК 131578107 · ДДС № BG131578107",
          "1 Посещение: настройка на ТРЗ 1,5 ч. 60,00 20 % 90,00",
          "2 Обучение „Омекс ТРЗ за напреднали“ 1 ч. 938,80 20 % 938,80",
          "Данъчна основа 1 028,80 €",
          "ДДС 20 % / 1 028,80 € 205,76 €",
          "Сума за плащане 1 234,56 €",
          "# Описание Количество Мярка Ед. цена ДДС % Стойност",
          "3 Възстановяване на парола за заплати 64d042 0 ч. 27,00 20 % 0,00",
          "BG11UNCR70001520412307",
          "UNCRBGSF",
          CreditorReference.of("0000000042"),
          "14.12.2026"
        }) {
      assertTrue(text.contains(expected), () -> "missing " + expected + " in\n" + text);
    }
  }

  @Test
  void rowNumbersOfALongInvoiceStayOnOneLine() throws Exception {
    Object[][] lines = new Object[120][];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = new Object[] {"Абонаментна такса, месец " + i, "1", "180.00"};
    }
    String text =
        text(
            InvoicePdf.of(
                TestInvoices.invoice("0000000043", InvoiceKind.INVOICE, lines), null, false));
    for (String expected :
        new String[] {
          "10 Абонаментна такса, месец 9 1 ч. 180,00",
          "120 Абонаментна такса, месец 119 1 ч. 180,00"
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
    String english = text(InvoicePdf.of(invoice, null, true));
    assertTrue(english.contains("Invoice No. 0000000042"), english);
    assertTrue(english.contains("Amount due €72.00"), english);
    String noteText = text(InvoicePdf.of(note, invoice, false));
    assertTrue(noteText.contains("Кредитно известие № 0000000043"), noteText);
    assertTrue(noteText.contains("Към фактура № 0000000042"), noteText);
  }
}
