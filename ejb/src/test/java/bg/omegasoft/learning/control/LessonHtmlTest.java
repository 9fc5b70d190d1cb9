package bg.omegasoft.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Lesson rich text keeps its formatting and loses anything that could run in a browser. */
class LessonHtmlTest {

  @Test
  void formattingAndLinksStayScriptsGo() {
    String cleaned =
        LessonHtml.clean(
            "<p><strong>МРЗ</strong> е <em>620,20 €</em></p><script>alert(1)</script>"
                + "<p><a href=\"https://omegasoft.bg\" onclick=\"x()\">помощ</a>"
                + "<a href=\"javascript:alert(1)\">лошо</a><img src=x onerror=alert(1)></p>");
    assertTrue(cleaned.contains("<strong>МРЗ</strong>"), cleaned);
    assertTrue(cleaned.contains("https://omegasoft.bg"), cleaned);
    assertFalse(cleaned.contains("script"), cleaned);
    assertFalse(cleaned.contains("onclick"), cleaned);
    assertFalse(cleaned.contains("javascript"), cleaned);
    assertFalse(cleaned.contains("onerror"), cleaned);
  }

  @Test
  void emptyEditorContentIsNoContent() {
    assertNull(LessonHtml.clean("<p><br></p>"));
    assertNull(LessonHtml.clean("  "));
    assertEquals("<ul><li>едно</li></ul>", LessonHtml.clean("<ul><li>едно</li></ul>"));
  }
}
