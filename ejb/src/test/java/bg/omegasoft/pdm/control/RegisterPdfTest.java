package bg.omegasoft.pdm.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.pdm.entity.LegalBasis;
import bg.omegasoft.pdm.entity.ProcessingActivity;
import bg.omegasoft.shared.entity.TestLetterheads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class RegisterPdfTest {

  @Test
  void theRegisterPrintsEveryFieldOfEveryActivityInTheChosenLanguage() throws Exception {
    List<ProcessingActivity> activities = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      ProcessingActivity a = new ProcessingActivity("A" + i, i);
      a.describe(
          i == 4 ? ProcessingActivity.Role.PROCESSOR : ProcessingActivity.Role.CONTROLLER,
          LegalBasis.CONTRACT,
          texts("Дейност " + i, "Цел на дейността"),
          texts("Activity " + i, "Purpose of the activity"),
          "admin",
          Instant.parse("2026-12-01T10:00:00Z"));
      activities.add(a);
    }
    byte[] bg =
        RegisterPdf.render(
            TestLetterheads.omegaSoft(), activities, Locale.forLanguageTag("bg"), Instant.now());
    Files.write(Files.createDirectories(Path.of("target")).resolve("register-bg.pdf"), bg);
    try (PDDocument document = Loader.loadPDF(bg)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertTrue(document.getNumberOfPages() >= 2);
      assertTrue(text.contains("Регистър на дейностите по обработване на лични данни"), text);
      assertTrue(text.contains("6. Дейност 6"), text);
      assertTrue(text.contains("Обработващ (за клиентите)"), text);
      assertTrue(text.contains("Изпълнение на договор"), text);
    }
    byte[] en =
        RegisterPdf.render(TestLetterheads.omegaSoft(), activities, Locale.ENGLISH, Instant.now());
    try (PDDocument document = Loader.loadPDF(en)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertTrue(text.contains("Record of processing activities"), text);
      assertTrue(text.contains("1. Activity 1"), text);
    }
  }

  private static ProcessingActivity.Texts texts(String name, String purpose) {
    return new ProcessingActivity.Texts(
        name, purpose, "Субекти", "Данни", "Получатели", "Няма", "5 години", "Шифроване");
  }
}
