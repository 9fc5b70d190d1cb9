package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.shared.entity.PlainText;
import bg.omegasoft.shared.entity.Uic;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The public request form of the web site (and {@code POST /api/v1/service-requests}): the company
 * is identified by its UIC and the contact's e-mail; the request is the client's consent, which
 * must be given. {@code website} is a trap field hidden from people: only robots fill it in.
 */
public record RequestForm(
    @NotBlank @Uic String companyUic,
    @NotBlank @Size(max = 200) String contactName,
    @NotBlank @Email @Size(max = 254) String email,
    @Size(max = 40) String phone,
    @NotNull RequestType type,
    DeliveryMode preferredMode,
    @NotBlank @Size(max = 10_000) String description,
    Boolean consent,
    String website) {

  /** The form as plain text ({@link PlainText}): what is checked and kept. */
  public RequestForm cleaned() {
    return new RequestForm(
        PlainText.line(companyUic),
        PlainText.line(contactName),
        PlainText.line(email),
        PlainText.line(phone),
        type,
        preferredMode,
        PlainText.text(description),
        consent,
        website);
  }
}
