package bg.omegasoft.learning.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.learning.entity.Level;
import bg.omegasoft.learning.entity.ModuleLine;
import bg.omegasoft.learning.entity.PriceInput;
import bg.omegasoft.learning.entity.Product;
import bg.omegasoft.learning.entity.Programme;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.learning.entity.Publication;
import bg.omegasoft.learning.entity.Quote;
import bg.omegasoft.learning.entity.SessionFormat;
import bg.omegasoft.organisation.entity.Organisation;
import bg.omegasoft.shared.entity.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The quote PDF is in Bulgarian with an embedded font, so its Cyrillic text can be read back. */
class QuotePdfTest {

  @Test
  void theQuoteReadsInBulgarian() throws Exception {
    Instant now = Instant.parse("2026-11-20T10:00:00Z");
    Client client = new Client("Деметра Агро ЕООД", "201234563", now);
    Programme programme =
        Programme.individual(
            new Product("PAYROLL", "Омекс ТРЗ", 1),
            Level.ADVANCED,
            client,
            "ТРЗ за сезонна заетост",
            "t",
            now);
    ProgrammeVersion version = programme.latest();
    version.addModule("Сезонни работници", null, new BigDecimal("12"), null).addLesson("Договори");
    programme.publishDraft(Publication.firstEdition(LocalDate.of(2026, 11, 20)), "t", now);
    PriceInput input =
        new PriceInput(Level.ADVANCED, SessionFormat.ONLINE, new BigDecimal("12"), 8, 0);
    Quote quote =
        new Quote(
            version,
            input,
            new PriceCalculator(PriceCalculatorTest.rates()).price(input),
            net -> Money.vatOf(net, new BigDecimal("20.00")),
            "trainer",
            now,
            LocalDate.of(2026, 11, 20));
    quote.override(
        new BigDecimal("1000"),
        "Отстъпка за дългогодишен клиент",
        net -> Money.vatOf(net, new BigDecimal("20.00")));
    Organisation vendor = new Organisation();
    vendor.setName("ОмегаСофт ООД");
    vendor.setUic("131578107");
    vendor.setCity("София");
    vendor.setStreet("бул. Александър Малинов 51");
    vendor.setPhone("+359 2 439 68 60");
    vendor.setEmail("office@omegasoft.bg");
    vendor.setIban("BG11UNCR70001520412307");
    vendor.setBic("UNCRBGSF");
    vendor.setBankName("УниКредит Булбанк АД");

    byte[] pdf =
        QuotePdf.render(
            quote, vendor, List.of(new ModuleLine("Сезонни работници", new BigDecimal("12"))));

    String text;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
    }
    assertTrue(text.contains("Оферта за обучение"), text);
    assertTrue(text.contains("ОмегаСофт ООД"), text);
    assertTrue(text.contains("+359 2 439 68 60 · office@omegasoft.bg"), text);
    assertTrue(text.contains("Цена без ДДС 1 000,00 €"), text);
    assertTrue(text.contains("ДДС 200,00 €"), text);
    assertTrue(text.contains("Деметра Агро ЕООД"), text);
    assertTrue(text.contains("Сезонни работници"), text);
    assertTrue(text.contains("Отстъпка за дългогодишен клиент"), text);
    assertTrue(text.contains("Общо с ДДС 1 200,00 €"), "1000 + 20% VAT: " + text);
  }
}
