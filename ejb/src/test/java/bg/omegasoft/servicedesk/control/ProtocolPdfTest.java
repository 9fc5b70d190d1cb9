package bg.omegasoft.servicedesk.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.servicedesk.entity.Protocol;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.entity.TestLetterheads;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The protocol PDF carries its Cyrillic text (embedded font), readable back from the file. */
class ProtocolPdfTest {

  @Test
  void cyrillicTextIsRenderedAndExtractable() throws Exception {
    ServiceRequest request = InvitationsTest.booked();
    request.start(request.getConsultant(), Instant.parse("2026-11-24T08:00:00Z"), "staff");
    Protocol protocol = new Protocol(request);
    protocol.write(
        "Преизчислени заплати за октомври",
        60,
        "Ведомостта е вярна",
        "staff",
        Instant.parse("2026-11-24T09:00:00Z"));
    protocol.accept(5, "Бързо и точно", "clientadmin", Instant.parse("2026-11-24T10:00:00Z"));
    byte[] pdf =
        ProtocolPdf.render(
            TestLetterheads.omegaSoft(),
            request,
            protocol,
            List.of(),
            Map.of("staff", "Стефан Димитров", "clientadmin", "Мария Петрова"));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("бул. Александър Малинов 51, 1712 София"), text);
      assertTrue(
          text.contains("ОмегаСофт ООД Стефан Димитров, 24.11.2026 11:00"),
          "signed by the vendor: " + text);
      assertTrue(text.contains("Консултант / Consultant Стефан Димитров"), text);
      assertTrue(text.contains("Мария Петрова"), "signed by the client: " + text);
      assertFalse(text.contains("staff"), "no user names: " + text);
      assertFalse(text.contains("clientadmin"), "no user names: " + text);
      assertTrue(text.contains("ОмегаСофт ООД · ЕИК 131578107"), "the footer: " + text);
      assertTrue(text.contains("Време / Time, min 60"), text);
      assertTrue(text.contains("Двустранен протокол"), text);
      assertTrue(text.contains("Преизчислени заплати за октомври"), text);
      assertTrue(text.contains("Деметра Агро ЕООД"), text);
      assertTrue(text.contains("оценка / rating 5/5"), text);
    }
  }
}
