package bg.omegasoft.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void bulgarianByDefaultWhateverTheJvmLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      assertEquals("Вход", Texts.text(Texts.BULGARIAN, "signIn.title"));
      assertEquals("Вход", Texts.text(Locale.GERMAN, "signIn.title"));
      assertEquals("Вход", Texts.text(null, "signIn.title"));
      assertEquals("Sign in", Texts.text(Locale.UK, "signIn.title"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void argumentsAreFormattedAndUnknownKeysShowThemselves() {
    assertEquals(
        "Потребителят ivan е създаден.", Texts.text(Texts.BULGARIAN, "user.created", "ivan"));
    assertEquals("no.such.key", Texts.text(Texts.ENGLISH, "no.such.key"));
  }
}
