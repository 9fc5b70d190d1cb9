package bg.omegasoft.messaging.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every mail text exists in both languages; a letter reads in its recipient's language. */
class MailTextsTest {

  @Test
  void bulgarianAndEnglishHaveTheSameKeys() throws Exception {
    Set<String> bulgarian = keys("mail.properties");
    assertEquals(bulgarian, keys("mail_en.properties"));
    assertTrue(bulgarian.contains("billing.document.subject"), bulgarian.toString());
  }

  @Test
  void anUnknownLanguageReadsBulgarian() {
    assertTrue(MailTexts.text(Locale.GERMAN, "pdm.arrival.subject", "N", "X").startsWith("Омекс"));
    assertTrue(
        MailTexts.text(Locale.ENGLISH, "pdm.arrival.subject", "N", "X").contains("personal"));
  }

  @Test
  void aLetterIsInItsRecipientsLanguage() {
    Letter letter =
        Letter.to("a@example.com")
            .in(Locale.ENGLISH)
            .template("billing.overdue", "2000000001", "Acme", "01/02/2027", "€10.00");
    assertEquals("Reminder: invoice No. 2000000001 is overdue", letter.subject());
    assertTrue(letter.body().contains("€10.00"), letter.body());
    assertFalse(letter.body().contains("Здравейте"));
    assertEquals("en", letter.language());
  }

  @Test
  void aBilingualLetterIsBulgarianThenEnglishEachSigned() {
    Letter letter =
        Letter.to("a@example.com")
            .bilingual()
            .subjectPrefix("[SR-1] ")
            .template("servicedesk.cancel", "SR-1", "24.11.2026 10:00–11:00")
            .signedWith("servicedesk.signature");
    assertEquals(
        "[SR-1] Отменено: часът по SR-1 / Cancelled: the appointment for SR-1", letter.subject());
    String body = letter.body();
    assertTrue(body.indexOf("отменен") < body.indexOf("cancelled"), body);
    assertTrue(body.indexOf("Сервизен екип") < body.indexOf("Service team"), body);
    assertEquals("bg", letter.language());
  }

  private static Set<String> keys(String file) throws Exception {
    Properties properties = new Properties();
    try (var in = MailTexts.class.getResourceAsStream(file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties.stringPropertyNames();
  }
}
