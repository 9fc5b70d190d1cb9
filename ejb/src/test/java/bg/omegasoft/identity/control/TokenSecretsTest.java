package bg.omegasoft.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenSecretsTest {

  private final TokenSecrets secrets = new TokenSecrets();

  @Test
  void secretsAreRandomRecognisableAndLookedUpByDigest() {
    String one = secrets.newSecret();
    String two = secrets.newSecret();
    assertNotEquals(one, two);
    assertTrue(secrets.looksLikeSecret(one));
    assertFalse(secrets.looksLikeSecret("Bearer something"));
    assertEquals(64, secrets.digest(one).length());
    assertEquals(secrets.digest(one), secrets.digest(one));
    assertEquals(one.substring(0, 10), secrets.displayPrefix(one));
  }
}
