package bg.omegasoft.shared.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IbanTest {

  @Test
  void checksTheMod97CheckDigits() {
    assertTrue(Iban.Validator.isValidIban("BG11UNCR70001520412307"));
    assertTrue(Iban.Validator.isValidIban("BG80BNBG96611020345678"));
    assertFalse(Iban.Validator.isValidIban("BG12UNCR70001520412307"));
    assertFalse(Iban.Validator.isValidIban("BG11 UNCR 7000 1520 4123 07"));
    assertFalse(Iban.Validator.isValidIban("bg11uncr70001520412307"));
  }
}
