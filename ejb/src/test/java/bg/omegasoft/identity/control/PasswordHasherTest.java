package bg.omegasoft.identity.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void aHashVerifiesOnlyItsOwnPassword() {
    String hash = hasher.hash("Correct-Horse-42");
    assertTrue(hasher.verify("Correct-Horse-42", hash));
    assertFalse(hasher.verify("correct-horse-42", hash));
    assertFalse(hasher.verify("", hash));
    assertFalse(hasher.verify(null, hash));
  }

  @Test
  void theStoredFormNamesPbkdf2Sha256WithAtLeast600000Iterations() {
    String[] parts = hasher.hash("Correct-Horse-42").split(":");
    assertTrue(parts[0].equals("pbkdf2-sha256"));
    assertTrue(Integer.parseInt(parts[1]) >= 600_000);
    assertFalse(hasher.needsRehash(String.join(":", parts)));
  }

  @Test
  void everyHashHasItsOwnSalt() {
    assertNotEquals(hasher.hash("Correct-Horse-42"), hasher.hash("Correct-Horse-42"));
  }

  @Test
  void weakerOrForeignHashesAreRenewedOrRefused() {
    assertTrue(hasher.needsRehash("pbkdf2-sha256:1000:c2FsdA==:aGFzaA=="));
    assertFalse(hasher.verify("x", "md5:whatever"));
  }
}
