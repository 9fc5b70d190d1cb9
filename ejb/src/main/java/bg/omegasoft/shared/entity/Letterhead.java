package bg.omegasoft.shared.entity;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The vendor's details as a document's letterhead shows them: taken from the organisation's
 * settings, or from the snapshot an issued document keeps (an invoice's supplier, a certificate's
 * issuer), so a printed copy never changes when the settings do. Missing parts are left out.
 */
public record Letterhead(
    String name,
    String uic,
    String vatNumber,
    String street,
    String postcode,
    String city,
    String phone,
    String email,
    String website) {

  public Letterhead {
    Objects.requireNonNull(name, "name");
  }

  /** Only the name and the UIC, as a certificate keeps its issuer. */
  public static Letterhead of(String name, String uic) {
    return new Letterhead(name, uic, null, null, null, null, null, null, null);
  }

  /** Street, postcode and city on one line: {@code бул. Александър Малинов 51, 1712 София}. */
  public String address() {
    String town = joined(" ", postcode, city);
    return joined(", ", street, town);
  }

  /** Phone, e-mail and website on one line, separated by a middle dot. */
  public String contacts() {
    return joined(" · ", phone, email, website);
  }

  private static String joined(String separator, String... parts) {
    return Stream.of(parts)
        .filter(part -> part != null && !part.isBlank())
        .collect(Collectors.joining(separator));
  }
}
