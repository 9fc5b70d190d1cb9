package bg.omegasoft.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules live on entities, never in pages: a page asks the entity ({@code r.canStart()}, {@code
 * c.status.severity()}) instead of comparing a status or state with a literal, and takes business
 * numbers such as the phone norm from the entity instead of writing them down. A field's length
 * comes from the bound property's {@code @Size}, never from a hand-written {@code maxlength}.
 */
class PageRulesTest {

  private static final Path WEBAPP = Path.of("src", "main", "webapp");

  /** A status or state compared with a literal in EL, either way round. */
  static final Pattern STATUS_COMPARED =
      Pattern.compile(
          "(?i)(status|state)(\\(\\))?\\s*(eq|ne|==|!=)\\s*'"
              + "|'\\w+'\\s*(eq|ne|==|!=)\\s*[\\w.]*(status|state)\\b");

  /** The phone consultation's 10-minute norm in seconds, once hard-coded in the page's script. */
  static final Pattern PHONE_NORM = Pattern.compile("\\b600\\b");

  /** A length written into a page instead of taken from the bound property's {@code @Size}. */
  static final Pattern HAND_WRITTEN_LENGTH = Pattern.compile("(?i)\\bmaxlength\\s*=");

  @Test
  void noPageWritesAFieldLengthByHand() throws IOException {
    List<String> found = find(HAND_WRITTEN_LENGTH, ".xhtml");
    assertTrue(found.isEmpty(), "Pages with a maxlength instead of the property's @Size: " + found);
  }

  @Test
  void noPageComparesAStatusWithALiteral() throws IOException {
    List<String> found = find(STATUS_COMPARED, ".xhtml");
    assertTrue(found.isEmpty(), "Pages that re-code a state machine: " + found);
  }

  @Test
  void noPageOrScriptHardCodesThePhoneNorm() throws IOException {
    List<String> found = find(PHONE_NORM, ".xhtml", ".js");
    assertTrue(found.isEmpty(), "Pages or scripts with the phone norm written down: " + found);
  }

  @Test
  void theRulesRecogniseWhatTheyForbid() {
    assertTrue(STATUS_COMPARED.matcher("rendered=\"#{r.status eq 'NEW'}\"").find());
    assertTrue(STATUS_COMPARED.matcher("#{r.status ne 'DONE' and x}").find());
    assertTrue(STATUS_COMPARED.matcher("#{e.status() == 'FAILED'}").find());
    assertTrue(STATUS_COMPARED.matcher("#{row.state() eq 'RUNNING'}").find());
    assertTrue(STATUS_COMPARED.matcher("#{'DONE' eq r.status}").find());
    assertFalse(STATUS_COMPARED.matcher("#{r.canStart()} #{msg[r.status.messageKey()]}").find());
    assertTrue(PHONE_NORM.matcher("var NORM_SECONDS = 600;").find());
    assertTrue(PHONE_NORM.matcher("data-norm=\"600\"").find());
    assertTrue(HAND_WRITTEN_LENGTH.matcher("<p:inputText id=\"q\" maxlength=\"100\"/>").find());
    assertTrue(HAND_WRITTEN_LENGTH.matcher("<input MaxLength = \"64\">").find());
    assertFalse(HAND_WRITTEN_LENGTH.matcher("<p:inputText id=\"q\" value=\"#{b.q}\"/>").find());
  }

  private static List<String> find(Pattern pattern, String... endings) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      for (Path file : files.filter(f -> endsWithAny(f, endings)).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = pattern.matcher(lines.get(i));
          if (m.find()) {
            found.add(WEBAPP.relativize(file) + ":" + (i + 1) + " " + m.group());
          }
        }
      }
    }
    return found;
  }

  private static boolean endsWithAny(Path file, String... endings) {
    for (String ending : endings) {
      if (file.toString().endsWith(ending)) {
        return true;
      }
    }
    return false;
  }
}
