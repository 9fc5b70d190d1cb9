package bg.omegasoft.servicedesk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The e-mail texts exist in both languages and a mail carries both. */
class MailTextsTest {

  @Test
  void bulgarianAndEnglishHaveTheSameKeys() throws Exception {
    assertEquals(keys("mail.properties"), keys("mail_en.properties"));
  }

  @Test
  void aBodyIsBulgarianThenEnglish() {
    String body = MailTexts.body("mail.cancel.body", "SR-2026-000001", "24.11.2026 10:00–11:00");
    assertTrue(body.indexOf("отменен") < body.indexOf("cancelled"), body);
    assertTrue(body.contains("SR-2026-000001"));
    assertEquals(
        "Заявка SR-1 е приета / Request SR-1 received",
        MailTexts.subject("mail.received.subject", "SR-1"));
    assertTrue(MailTexts.text(Locale.ENGLISH, "mail.notGuaranteed").contains("OmegaSoft's"));
  }

  private static java.util.Set<String> keys(String file) throws Exception {
    Properties properties = new Properties();
    try (var in = MailTexts.class.getResourceAsStream(file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties.stringPropertyNames();
  }
}
