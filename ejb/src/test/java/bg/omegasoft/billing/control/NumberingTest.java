package bg.omegasoft.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bg.omegasoft.billing.entity.PaymentState;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NumberingTest {

  @Test
  void tenDigitsWithLeadingZerosAndNothingBeyondTheSequence() {
    assertEquals("0000000001", InvoiceNumber.of(1));
    assertEquals("0000012345", InvoiceNumber.of(12_345));
    assertEquals("9999999999", InvoiceNumber.of(InvoiceNumber.MAX));
    assertThrows(IllegalStateException.class, () -> InvoiceNumber.of(0));
    assertThrows(IllegalStateException.class, () -> InvoiceNumber.of(InvoiceNumber.MAX + 1));
  }

  @Test
  void consecutiveNumbersGiveDistinctValidReferences() {
    String a = CreditorReference.of(InvoiceNumber.of(41));
    String b = CreditorReference.of(InvoiceNumber.of(42));
    assertEquals(
        true, CreditorReference.isValid(a) && CreditorReference.isValid(b) && !a.equals(b));
  }

  @Test
  void paymentStates() {
    BigDecimal total = new BigDecimal("120.00");
    LocalDate due = LocalDate.of(2026, 12, 14);
    BigDecimal none = BigDecimal.ZERO;
    assertEquals(PaymentState.UNPAID, PaymentState.of(total, none, none, due, due));
    assertEquals(PaymentState.OVERDUE, PaymentState.of(total, none, none, due, due.plusDays(1)));
    BigDecimal half = new BigDecimal("60.00");
    assertEquals(PaymentState.PARTLY_PAID, PaymentState.of(total, half, half, due, due));
    assertEquals(PaymentState.OVERDUE, PaymentState.of(total, half, half, due, due.plusDays(1)));
    assertEquals(PaymentState.PAID, PaymentState.of(total, total, total, due, due.plusDays(30)));
    assertEquals(
        PaymentState.PAID,
        PaymentState.of(total, half, total, due, due.plusDays(30)),
        "the rest credited");
  }
}
