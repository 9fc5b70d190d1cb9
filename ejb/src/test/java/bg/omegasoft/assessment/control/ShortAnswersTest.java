package bg.omegasoft.assessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The normalised comparison of short answers. */
class ShortAnswersTest {

  @Test
  void caseSpacesAndAFinalFullStopDoNotMatter() {
    assertEquals("болничен лист", ShortAnswers.normalise("  Болничен   ЛИСТ. "));
  }

  @Test
  void latinLookalikesCountAsCyrillicOnlyInCyrillicWords() {
    assertEquals("нои", ShortAnswers.normalise("HОИ"));
    assertEquals("omex", ShortAnswers.normalise("Omex"), "a Latin word stays Latin");
    assertTrue(ShortAnswers.matches("Omex ТРЗ", List.of("omex трз")));
  }

  @Test
  void emptyAnswersNeverMatch() {
    assertFalse(ShortAnswers.matches("   ", List.of("")));
    assertFalse(ShortAnswers.matches(null, List.of("а")));
  }
}
