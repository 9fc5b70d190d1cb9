package bg.omegasoft.learning.control;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Cleans the rich text of lessons before it is stored, so what learners see can never carry a
 * script: paragraphs, headings, lists, emphasis, tables, links (http, https, mailto) and the text
 * colours of the editor stay; everything else goes.
 */
public final class LessonHtml {

  static final int MAX_LENGTH = 200_000;

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.LINKS)
          .and(Sanitizers.TABLES)
          .and(Sanitizers.STYLES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("pre", "code", "hr", "span", "sub", "sup", "s")
                  .allowAttributes("class")
                  .matching(java.util.regex.Pattern.compile("ql-[a-z0-9-]+( ql-[a-z0-9-]+)*"))
                  .onElements("p", "span", "li", "ol", "ul", "pre", "h1", "h2", "h3")
                  .toFactory());

  private LessonHtml() {}

  /** The cleaned HTML, or null for empty content. */
  public static String clean(String html) {
    if (html == null || html.isBlank()) {
      return null;
    }
    String cleaned = POLICY.sanitize(html).strip();
    return cleaned.isEmpty() || "<p><br /></p>".equals(cleaned) ? null : cleaned;
  }

  /** Whether the content is within the size a lesson may have. */
  public static boolean fits(String html) {
    return html == null || html.length() <= MAX_LENGTH;
  }
}
