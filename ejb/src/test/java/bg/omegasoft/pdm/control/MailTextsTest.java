package bg.omegasoft.pdm.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The arrival e-mail exists in both languages and has no place for a file's name. */
class MailTextsTest {

  @Test
  void bothLanguagesHaveTheSameTexts() {
    ResourceBundle bulgarian = Notifier.texts(Locale.forLanguageTag("bg"));
    ResourceBundle english = Notifier.texts(Locale.ENGLISH);
    assertEquals(Set.copyOf(bulgarian.keySet()), Set.copyOf(english.keySet()));
    assertTrue(bulgarian.getString("arrival.subject").contains("лични данни"));
    assertTrue(english.getString("arrival.subject").contains("personal data"));
    assertTrue(Notifier.texts(Locale.GERMAN).getString("arrival.subject").startsWith("Омекс"));
  }
}
