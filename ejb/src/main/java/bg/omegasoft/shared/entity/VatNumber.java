package bg.omegasoft.shared.entity;

/**
 * A Bulgarian VAT identification number: "BG" and the 9- or 10-digit UIC or personal number. The
 * one rule for the vendor, clients and invoices ({@link #PATTERN} in their Bean Validation
 * constraints).
 */
public final class VatNumber {

  /** For {@code @Pattern(regexp = VatNumber.PATTERN)}. */
  public static final String PATTERN = "BG[0-9]{9,10}";

  private VatNumber() {}

  public static boolean isValid(String value) {
    return value != null && value.matches(PATTERN);
  }
}
