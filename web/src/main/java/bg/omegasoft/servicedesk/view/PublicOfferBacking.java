package bg.omegasoft.servicedesk.view;

import bg.omegasoft.servicedesk.boundary.Intake;
import bg.omegasoft.servicedesk.boundary.OfferForm;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * public/offer.xhtml: "request an offer"; {@code ?programme=} names the catalogue programme the
 * visitor came from, kept with the request as a reference.
 */
@Named
@ViewScoped
public class PublicOfferBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Intake intake;

  private String programme;
  private String name;
  private String company;
  private String email;
  private String phone;
  private String topic;
  private String message;
  private String website;
  private String number;

  public void submit() {
    number =
        intake
            .submitOffer(
                new OfferForm(name, company, email, phone, topic, message, programme, website),
                PublicRequestBacking.address())
            .getNumber();
  }

  public String getNumber() {
    return number;
  }

  public String getProgramme() {
    return programme;
  }

  /** Only a plain id is kept: the parameter comes from any link. */
  public void setProgramme(String programme) {
    this.programme =
        programme == null || !programme.matches("[A-Za-z0-9._-]{1,40}") ? null : programme;
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

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
