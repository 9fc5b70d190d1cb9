package bg.omegasoft.billing.control;

import java.math.BigInteger;

/**
 * The payment reference of an invoice: an ISO 11649 structured creditor reference (RF) derived from
 * the invoice number, so a bank transfer can be matched to its invoice without doubt.
 */
public final class CreditorReference {

  private CreditorReference() {}

  /** "RF" + two check digits + the invoice number. */
  public static String of(String invoiceNumber) {
    if (!invoiceNumber.matches("[0-9A-Z]{1,21}")) {
      throw new IllegalArgumentException("Not a reference base: " + invoiceNumber);
    }
    int check = 98 - mod97(invoiceNumber + "RF00");
    return "RF" + (check < 10 ? "0" : "") + check + invoiceNumber;
  }

  /** Whether a text is a valid RF reference (spaces and case ignored). */
  public static boolean isValid(String reference) {
    String compact = compact(reference);
    if (!compact.matches("RF[0-9]{2}[0-9A-Z]{1,21}")) {
      return false;
    }
    return mod97(compact.substring(4) + compact.substring(0, 4)) == 1;
  }

  /** The reference without spaces, in capitals. */
  public static String compact(String reference) {
    return reference == null ? "" : reference.replace(" ", "").toUpperCase();
  }

  private static int mod97(String text) {
    StringBuilder digits = new StringBuilder();
    for (char c : text.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
  }
}
