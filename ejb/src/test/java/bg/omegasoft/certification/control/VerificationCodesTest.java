package bg.omegasoft.certification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Verification codes are random and well formed. */
class VerificationCodesTest {

  @Test
  void codesHaveAHundredBitsAndNeverRepeat() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = VerificationCodes.next();
      assertEquals(20, code.length());
      assertEquals(code, VerificationCodes.normalise(code));
      codes.add(code);
    }
    assertEquals(10_000, codes.size());
    assertNotEquals(VerificationCodes.next(), VerificationCodes.next());
  }

  @Test
  void typedCodesAreNormalisedAndNonsenseIsNoCode() {
    assertEquals("ABCDEFGHIJKLMNOPQRST", VerificationCodes.normalise("abcd-efgh ijkl-mnop-qrst"));
    assertNull(VerificationCodes.normalise("ABC"));
    assertNull(VerificationCodes.normalise("ABCDEFGHIJKLMNOPQRS1"), "1 is not base32");
    assertNull(VerificationCodes.normalise("' or 1=1 --"));
    assertNull(VerificationCodes.normalise(null));
  }
}
