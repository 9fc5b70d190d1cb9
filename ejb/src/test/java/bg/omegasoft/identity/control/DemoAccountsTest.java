package bg.omegasoft.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The demo accounts that README lists sign in with the documented password. */
class DemoAccountsTest {

  private static final String DOCUMENTED_PASSWORD = "Omex-Demo-2026";

  @Test
  void everyDemoAccountHasTheDocumentedPassword() throws IOException {
    String sql =
        Files.readString(
            Path.of("src/main/resources/db/demo/V2_1_1__demo_foundation.sql"),
            StandardCharsets.UTF_8);
    Matcher hashes = Pattern.compile("'(pbkdf2-sha256:[^']+)'").matcher(sql);
    List<String> found = new ArrayList<>();
    while (hashes.find()) {
      found.add(hashes.group(1));
    }
    assertEquals(8, found.size(), "one account per role and one with two roles");
    PasswordHasher hasher = new PasswordHasher();
    for (String hash : found) {
      assertTrue(hasher.verify(DOCUMENTED_PASSWORD, hash), hash);
    }
  }
}
