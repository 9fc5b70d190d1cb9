package bg.omegasoft.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in Bulgarian and in English, and every text a page asks for exists: a missing
 * key would show as ???key??? to the user.
 */
class BundlesTest {

  private static final Path I18N = Path.of("src", "main", "resources", "bg", "omegasoft", "i18n");

  @Test
  void bulgarianAndEnglishHaveTheSameKeys() throws IOException {
    for (String base : Texts.BUNDLES) {
      String name = base.substring(base.lastIndexOf('.') + 1);
      Set<String> bulgarian = keys(I18N.resolve(name + ".properties"));
      Set<String> english = keys(I18N.resolve(name + "_en.properties"));
      Set<String> onlyBulgarian = new TreeSet<>(bulgarian);
      onlyBulgarian.removeAll(english);
      Set<String> onlyEnglish = new TreeSet<>(english);
      onlyEnglish.removeAll(bulgarian);
      assertEquals(Set.of(), onlyBulgarian, name + ": missing in English");
      assertEquals(Set.of(), onlyEnglish, name + ": missing in Bulgarian");
    }
  }

  @Test
  void everyKeyAPageUsesExists() throws IOException {
    Set<String> known = new TreeSet<>();
    for (String base : Texts.BUNDLES) {
      known.addAll(keys(I18N.resolve(base.substring(base.lastIndexOf('.') + 1) + ".properties")));
    }
    Pattern used = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(Path.of("src", "main", "webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher matcher = used.matcher(Files.readString(page, StandardCharsets.UTF_8));
        while (matcher.find()) {
          if (!known.contains(matcher.group(1))) {
            missing.add(page.getFileName() + ": " + matcher.group(1));
          }
        }
      }
    }
    assertTrue(missing.isEmpty(), "Unknown text keys: " + missing);
  }

  private static Set<String> keys(Path file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
