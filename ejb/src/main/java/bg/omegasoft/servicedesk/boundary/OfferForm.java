package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.shared.entity.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * "Request an offer" from the public site (and {@code POST /api/v1/offer-requests}); the vendor
 * contacts the sender at once. {@code programme} is the catalogue programme the visitor came from,
 * kept as a reference; {@code website} is the trap field for robots. The page binds it directly, so
 * its constraints are also the page's required fields and lengths.
 */
public class OfferForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank
  @Size(max = 200)
  private String name;

  @NotBlank
  @Size(max = 200)
  private String company;

  @NotBlank
  @Email
  @Size(max = 254)
  private String email;

  @Size(max = 40)
  private String phone;

  @NotBlank
  @Size(max = 200)
  private String topic;

  @NotBlank
  @Size(max = 10_000)
  private String message;

  @Size(max = 40)
  private String programme;

  private String website;

  private String language;

  public OfferForm() {}

  public OfferForm(
      String name,
      String company,
      String email,
      String phone,
      String topic,
      String message,
      String programme,
      String website) {
    this.name = name;
    this.company = company;
    this.email = email;
    this.phone = phone;
    this.topic = topic;
    this.message = message;
    this.programme = programme;
    this.website = website;
  }

  /** The form as plain text ({@link PlainText}): what is checked and kept. */
  public OfferForm cleaned() {
    OfferForm form =
        new OfferForm(
            PlainText.line(name),
            PlainText.line(company),
            PlainText.line(email),
            PlainText.line(phone),
            PlainText.line(topic),
            PlainText.text(message),
            PlainText.line(programme),
            website);
    form.language = language;
    return form;
  }

  /** The language of the acknowledgement ({@code bg} or {@code en}; Bulgarian otherwise). */
  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCompany() {
    return company;
  }

  public void setCompany(String company) {
    this.company = company;
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

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getProgramme() {
    return programme;
  }

  public void setProgramme(String programme) {
    this.programme = programme;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
