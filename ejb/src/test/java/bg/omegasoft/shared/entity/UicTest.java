package bg.omegasoft.shared.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UicTest {

  @ParameterizedTest
  @ValueSource(strings = {"131578107", "201234563", "204587312", "121769056"})
  void validNineDigitCodes(String uic) {
    assertTrue(Uic.Validator.isValidUic(uic), uic);
  }

  @ParameterizedTest
  @ValueSource(strings = {"131578108", "20123456", "2012345630", "abcdefghi", "", "13157810 7"})
  void wrongCheckDigitOrForm(String uic) {
    assertFalse(Uic.Validator.isValidUic(uic), uic);
  }

  @Test
  void thirteenDigitCodesOfBranchesCarryASecondCheckDigit() {
    assertTrue(Uic.Validator.isValidUic("1315781070003"));
    assertFalse(Uic.Validator.isValidUic("1315781070004"));
    assertFalse(Uic.Validator.isValidUic("1315781080003"), "the first check digit still counts");
  }
}
