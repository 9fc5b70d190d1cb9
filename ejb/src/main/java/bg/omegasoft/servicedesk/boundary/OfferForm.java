package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.shared.entity.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * "Request an offer" from the public site (and {@code POST /api/v1/offer-requests}); the vendor
 * contacts the sender at once. {@code programme} is the catalogue programme the visitor came from,
 * kept as a reference; {@code website} is the trap field for robots.
 */
public record OfferForm(
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 200) String company,
    @NotBlank @Email @Size(max = 254) String email,
    @Size(max = 40) String phone,
    @NotBlank @Size(max = 200) String topic,
    @NotBlank @Size(max = 10_000) String message,
    @Size(max = 40) String programme,
    String website) {

  /** The form as plain text ({@link PlainText}): what is checked and kept. */
  public OfferForm cleaned() {
    return new OfferForm(
        PlainText.line(name),
        PlainText.line(company),
        PlainText.line(email),
        PlainText.line(phone),
        PlainText.line(topic),
        PlainText.text(message),
        PlainText.line(programme),
        website);
  }
}
