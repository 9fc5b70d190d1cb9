package bg.omegasoft.it.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The pages of the web application as built (the WAR inside the EAR under test): every .xhtml
 * outside WEB-INF, its view parameters, and who may open it by the security constraints of the
 * WAR's web.xml (the most specific URL pattern decides, as in the servlet container).
 */
final class WarPages {

  private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s[^>]*>");
  private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");

  /** Anyone, without signing in. */
  static final String PUBLIC = "(public)";

  /** Any signed-in user. */
  static final String ANY_ROLE = "**";

  /** The demo user of each role. */
  static final Map<String, String> USER_OF_ROLE =
      Map.of(
          "ADMIN", "admin",
          "TRAINER", "trainer",
          "TRAINEE", "trainee",
          "STAFF", "staff",
          "CLIENT_ADMIN", "clientadmin",
          "BATCH_OPERATOR", "operator",
          "FINANCE", "finance");

  /** A view parameter; an id parameter uses the strict id converter. */
  record Param(String name, boolean id) {}

  /** A page: its path, its view parameters, the roles that may open it (or PUBLIC / ANY_ROLE). */
  record Page(String path, List<Param> params, Set<String> roles) {}

  private record Constraint(List<String> patterns, Set<String> roles) {}

  private WarPages() {}

  static List<Page> read(String earPath) {
    Map<String, String> files = new TreeMap<>();
    try (ZipFile ear = new ZipFile(earPath)) {
      ZipEntry war = ear.getEntry("omex-web.war");
      try (ZipInputStream in = new ZipInputStream(ear.getInputStream(war))) {
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
          String name = entry.getName();
          if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/")
              || name.equals("WEB-INF/web.xml")) {
            files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Constraint> constraints = constraints(files.remove("WEB-INF/web.xml"));
    List<Page> pages = new ArrayList<>();
    files.forEach(
        (name, source) -> {
          String path = "/" + name;
          pages.add(new Page(path, params(source), roles(path, constraints)));
        });
    return pages;
  }

  private static List<Param> params(String source) {
    List<Param> params = new ArrayList<>();
    Matcher tags = VIEW_PARAM.matcher(source);
    while (tags.find()) {
      Matcher name = NAME.matcher(tags.group());
      if (name.find()) {
        params.add(new Param(name.group(1), tags.group().contains("converter=\"omex.Id\"")));
      }
    }
    return params;
  }

  /** The roles of the most specific matching pattern: exact, then the longest "/dir/*". */
  private static Set<String> roles(String path, List<Constraint> constraints) {
    String best = null;
    for (Constraint constraint : constraints) {
      for (String pattern : constraint.patterns()) {
        if (matches(pattern, path) && (best == null || moreSpecific(pattern, best))) {
          best = pattern;
        }
      }
    }
    Set<String> roles = new LinkedHashSet<>();
    boolean open = false;
    for (Constraint constraint : constraints) {
      if (constraint.patterns().contains(best)) {
        if (constraint.roles() == null) {
          open = true;
        } else {
          roles.addAll(constraint.roles());
        }
      }
    }
    return open ? Set.of(PUBLIC) : roles;
  }

  private static boolean matches(String pattern, String path) {
    return pattern.endsWith("/*")
        ? path.startsWith(pattern.substring(0, pattern.length() - 1))
        : pattern.equals(path);
  }

  private static boolean moreSpecific(String pattern, String than) {
    boolean exact = !pattern.endsWith("/*");
    boolean thanExact = !than.endsWith("/*");
    if (exact != thanExact) {
      return exact;
    }
    return pattern.length() > than.length();
  }

  private static List<Constraint> constraints(String webXml) {
    try (InputStream in = new ByteArrayInputStream(webXml.getBytes(StandardCharsets.UTF_8))) {
      Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
      NodeList nodes = document.getElementsByTagName("security-constraint");
      List<Constraint> constraints = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        Element constraint = (Element) nodes.item(i);
        boolean limited = constraint.getElementsByTagName("auth-constraint").getLength() > 0;
        constraints.add(
            new Constraint(
                texts(constraint, "url-pattern"),
                limited ? new LinkedHashSet<>(texts(constraint, "role-name")) : null));
      }
      return constraints;
    } catch (Exception e) {
      throw new IllegalStateException("web.xml of the WAR cannot be read", e);
    }
  }

  private static List<String> texts(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().trim());
    }
    return texts;
  }
}
