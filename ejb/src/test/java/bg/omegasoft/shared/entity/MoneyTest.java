package bg.omegasoft.shared.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  private static final BigDecimal STANDARD = new BigDecimal("20.00");

  @Test
  void anAmountIsAlwaysToTheCentRoundedHalfUp() {
    assertEquals("120.00", Money.of("120").toString());
    assertEquals("0.01", Money.of("0.005").toString());
    assertEquals("0.00", Money.of("0.004").toString());
    assertEquals(Money.of("3.00"), Money.of("1.50").times(new BigDecimal("2")));
  }

  @Test
  void vatIsComputedOnceFromTheRateInPercent() {
    assertEquals(Money.of("24.00"), Money.of("120.00").vatAt(STANDARD));
    assertEquals(Money.of("144.00"), Money.of("120").withVatAt(STANDARD));
    assertEquals(Money.of("0.01"), Money.of("0.03").vatAt(STANDARD), "0.006 rounds up");
    assertEquals(Money.of("0.00"), Money.of("0.02").vatAt(STANDARD), "0.004 rounds down");
    assertEquals(Money.of("288.00"), Money.of("240.00").withVatAt(STANDARD));
    assertEquals(new BigDecimal("2.18"), Money.vatOf(new BigDecimal("10.90"), STANDARD));
  }

  @Test
  void theVatNumberRuleIsOne() {
    assertTrue(VatNumber.isValid("BG131578107"));
    assertTrue(VatNumber.isValid("BG1234567890"));
    assertFalse(VatNumber.isValid("131578107"));
    assertFalse(VatNumber.isValid("BG12345678"));
    assertFalse(VatNumber.isValid(null));
  }
}
