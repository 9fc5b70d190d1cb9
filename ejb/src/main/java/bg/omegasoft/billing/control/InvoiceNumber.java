package bg.omegasoft.billing.control;

/** The 10-digit document number (B5): the counter's value with leading zeros. */
public final class InvoiceNumber {

  public static final long MAX = 9_999_999_999L;

  private InvoiceNumber() {}

  /**
   * @throws IllegalStateException when the counter is outside 1..9999999999 (the sequence is
   *     exhausted and a new issuer series is needed)
   */
  public static String of(long counter) {
    if (counter < 1 || counter > MAX) {
      throw new IllegalStateException("The 10-digit number sequence cannot give " + counter);
    }
    return String.format("%010d", counter);
  }
}
