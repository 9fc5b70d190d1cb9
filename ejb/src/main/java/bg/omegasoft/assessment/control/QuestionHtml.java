package bg.omegasoft.assessment.control;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Cleans the rich text of questions before it is stored, so a question can never carry a script:
 * paragraphs, lists, emphasis, tables and links stay; pictures are attached separately.
 */
public final class QuestionHtml {

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.LINKS)
          .and(Sanitizers.TABLES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("pre", "code", "sub", "sup", "span")
                  .toFactory());

  private QuestionHtml() {}

  /** The cleaned HTML; null for nothing. */
  public static String clean(String html) {
    if (html == null || html.isBlank()) {
      return null;
    }
    String cleaned = POLICY.sanitize(html).strip();
    return cleaned.isEmpty() || "<p><br /></p>".equals(cleaned) ? null : cleaned;
  }

  /** The text without any markup, for lists, exports and statistics. */
  public static String plain(String html) {
    if (html == null) {
      return "";
    }
    return html.replaceAll("<[^>]*>", " ")
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
