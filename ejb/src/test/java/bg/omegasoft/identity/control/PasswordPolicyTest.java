package bg.omegasoft.identity.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bg.omegasoft.shared.boundary.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy();

  @Test
  void aLongUnrelatedPasswordPasses() {
    assertDoesNotThrow(() -> policy.check("maria", "Зимна вечер 2026"));
  }

  @Test
  void eachRuleHasItsOwnMessage() {
    assertEquals("password.tooShort", refusal("maria", "short1"));
    assertEquals("password.tooLong", refusal("maria", "x".repeat(129)));
    assertEquals("password.containsUsername", refusal("maria", "my-MARIA-password"));
    assertEquals("password.tooCommon", refusal("maria", "1234567890"));
    assertEquals("password.tooCommon", refusal("maria", "aaaaaaaaaaab"));
  }

  private String refusal(String username, String password) {
    return assertThrows(InvalidInputException.class, () -> policy.check(username, password))
        .messageKey();
  }
}
