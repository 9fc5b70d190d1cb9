package bg.omegasoft.shared.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Deny by default for pages: every page is either public on purpose, meant for any signed-in user
 * on purpose, or limited to roles, by an explicit pattern in web.xml. A page that only falls under
 * the catch-all {@code /*} fails here, so no page ships without an access decision.
 */
class PageAccessTest {

  private static final Path WEBAPP = Path.of("src", "main", "webapp");

  @Test
  void everyPageHasAnExplicitAccessDecision() throws Exception {
    List<Constraint> constraints = constraints();
    List<String> undecided = new ArrayList<>();
    for (String page : pages()) {
      boolean decided =
          constraints.stream()
              .flatMap(c -> c.patterns().stream())
              .anyMatch(pattern -> !pattern.equals("/*") && matches(pattern, page));
      if (!decided) {
        undecided.add(page);
      }
    }
    assertTrue(undecided.isEmpty(), "Pages without an access decision in web.xml: " + undecided);
  }

  @Test
  void theCatchAllRequiresASignedInUser() throws Exception {
    assertTrue(
        constraints().stream()
            .anyMatch(c -> c.patterns().contains("/*") && c.roles().equals(Set.of("**"))));
  }

  private static boolean matches(String pattern, String page) {
    if (pattern.endsWith("/*")) {
      return page.startsWith(pattern.substring(0, pattern.length() - 1));
    }
    return pattern.equals(page);
  }

  private static List<String> pages() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files
          .filter(f -> f.toString().endsWith(".xhtml"))
          .map(f -> "/" + WEBAPP.relativize(f).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("/WEB-INF/"))
          .toList();
    }
  }

  record Constraint(List<String> patterns, Set<String> roles) {}

  private static List<Constraint> constraints() throws Exception {
    Document webXml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(WEBAPP.resolve("WEB-INF/web.xml").toFile());
    NodeList nodes = webXml.getElementsByTagName("security-constraint");
    List<Constraint> constraints = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element constraint = (Element) nodes.item(i);
      constraints.add(
          new Constraint(
              texts(constraint, "url-pattern"), Set.copyOf(texts(constraint, "role-name"))));
    }
    return constraints;
  }

  private static List<String> texts(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().strip());
    }
    return texts;
  }
}
