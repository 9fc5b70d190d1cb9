package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.shared.entity.PlainText;
import bg.omegasoft.shared.entity.Uic;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * The public request form of the web site (and {@code POST /api/v1/service-requests}): the company
 * is identified by its UIC and the contact's e-mail; the request is the client's consent, which
 * must be given. {@code website} is a trap field hidden from people: only robots fill it in. The
 * page binds it directly, so its constraints are also the page's required fields and lengths.
 */
public class RequestForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank
  @Uic
  @Size(max = 13)
  private String companyUic;

  @NotBlank
  @Size(max = 200)
  private String contactName;

  @NotBlank
  @Email
  @Size(max = 254)
  private String email;

  @Size(max = 40)
  private String phone;

  @NotNull private RequestType type = RequestType.SUPPORT;
  private DeliveryMode preferredMode = DeliveryMode.REMOTE;

  @NotBlank
  @Size(max = 10_000)
  private String description;

  private Boolean consent;
  private String website;

  public RequestForm() {}

  public RequestForm(
      String companyUic,
      String contactName,
      String email,
      String phone,
      RequestType type,
      DeliveryMode preferredMode,
      String description,
      Boolean consent,
      String website) {
    this.companyUic = companyUic;
    this.contactName = contactName;
    this.email = email;
    this.phone = phone;
    this.type = type;
    this.preferredMode = preferredMode;
    this.description = description;
    this.consent = consent;
    this.website = website;
  }

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

  public String getCompanyUic() {
    return companyUic;
  }

  public void setCompanyUic(String companyUic) {
    this.companyUic = companyUic;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public RequestType getType() {
    return type;
  }

  public void setType(RequestType type) {
    this.type = type;
  }

  public DeliveryMode getPreferredMode() {
    return preferredMode;
  }

  public void setPreferredMode(DeliveryMode preferredMode) {
    this.preferredMode = preferredMode;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Boolean getConsent() {
    return consent;
  }

  public void setConsent(Boolean consent) {
    this.consent = consent;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
