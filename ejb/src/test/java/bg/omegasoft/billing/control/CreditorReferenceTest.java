package bg.omegasoft.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CreditorReferenceTest {

  @Test
  void theIso11649Example() {
    assertEquals("RF18539007547034", CreditorReference.of("539007547034"));
    assertTrue(CreditorReference.isValid("RF18 5390 0754 7034"));
  }

  @Test
  void derivedFromTheInvoiceNumberAndChecked() {
    String reference = CreditorReference.of("0000000042");
    assertTrue(reference.startsWith("RF") && reference.endsWith("0000000042"));
    assertTrue(CreditorReference.isValid(reference));
    assertFalse(CreditorReference.isValid(reference.replace("42", "43")));
  }
}
