package bg.omegasoft.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bg.omegasoft.shared.web.Texts;
import org.junit.jupiter.api.Test;

/** The language of an answer never fails on the caller's Accept-Language. */
class ProblemsTest {

  @Test
  void theFirstLanguageThePlatformSpeaksByWeight() {
    assertEquals(Texts.ENGLISH, Problems.locale("en-GB,en;q=0.9"));
    assertEquals(Texts.ENGLISH, Problems.locale("de, en;q=0.5, bg;q=0.1"));
    assertEquals(Texts.BULGARIAN, Problems.locale("bg;q=0.9, en;q=0.1"));
    assertEquals(Texts.ENGLISH, Problems.locale("en_US"));
    assertEquals(Texts.BULGARIAN, Problems.locale("en;q=0"));
  }

  @Test
  void bulgarianWhenNothingCanBeRead() {
    for (String garbage :
        new String[] {null, "", ";;;=,,q=abc", "en;q=abc", "\u0431\u0433", "x".repeat(10_000)}) {
      assertEquals(Texts.BULGARIAN, Problems.locale(garbage), String.valueOf(garbage));
    }
  }
}
