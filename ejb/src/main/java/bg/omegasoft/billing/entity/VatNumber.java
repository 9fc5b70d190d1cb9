package bg.omegasoft.billing.entity;

/** A Bulgarian VAT identification number: "BG" and the 9- or 10-digit UIC or personal number. */
public final class VatNumber {

  private VatNumber() {}

  public static boolean isValid(String value) {
    return value != null && value.matches("BG[0-9]{9,10}");
  }
}
