package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.shared.entity.PlainText;
import bg.omegasoft.shared.entity.Uic;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * "Recommend us": the prospect recommended. In the portal the referrer is the signed-in client
 * administrator; on the public site ({@code /public/recommend.xhtml}) the referrer gives name,
 * company, e-mail and phone, the prospect's contact person and an e-mail or phone, and consents;
 * {@code website} is the trap field for robots. The pages bind it directly.
 */
public class ReferralForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Size(max = 200)
  private String prospectName;

  @NotBlank
  @Size(max = 200)
  private String prospectCompany;

  @Uic
  @Size(max = 13)
  private String prospectUic;

  @Email
  @Size(max = 254)
  private String prospectEmail;

  @Size(max = 40)
  private String prospectPhone;

  @Size(max = 10_000)
  private String note;

  @NotBlank
  @Size(max = 200)
  private String referrerName;

  @NotBlank
  @Size(max = 200)
  private String referrerCompany;

  @NotBlank
  @Email
  @Size(max = 254)
  private String referrerEmail;

  @Size(max = 40)
  private String referrerPhone;

  private Boolean consent;

  private String website;

  private String language;

  public ReferralForm() {}

  public ReferralForm(
      String prospectName,
      String prospectCompany,
      String prospectUic,
      String prospectEmail,
      String note) {
    this.prospectName = prospectName;
    this.prospectCompany = prospectCompany;
    this.prospectUic = prospectUic;
    this.prospectEmail = prospectEmail;
    this.note = note;
  }

  public String getProspectName() {
    return prospectName;
  }

  public void setProspectName(String prospectName) {
    this.prospectName = prospectName;
  }

  public String getProspectCompany() {
    return prospectCompany;
  }

  public void setProspectCompany(String prospectCompany) {
    this.prospectCompany = prospectCompany;
  }

  public String getProspectUic() {
    return prospectUic;
  }

  public void setProspectUic(String prospectUic) {
    this.prospectUic = prospectUic;
  }

  public String getProspectEmail() {
    return prospectEmail;
  }

  public void setProspectEmail(String prospectEmail) {
    this.prospectEmail = prospectEmail;
  }

  /** The form as plain text ({@link PlainText}): what is checked and kept. */
  public ReferralForm cleaned() {
    ReferralForm form =
        new ReferralForm(
            PlainText.line(prospectName),
            PlainText.line(prospectCompany),
            PlainText.line(prospectUic),
            PlainText.line(prospectEmail),
            PlainText.text(note));
    form.prospectPhone = PlainText.line(prospectPhone);
    form.referrerName = PlainText.line(referrerName);
    form.referrerCompany = PlainText.line(referrerCompany);
    form.referrerEmail = PlainText.line(referrerEmail);
    form.referrerPhone = PlainText.line(referrerPhone);
    form.consent = consent;
    form.website = website;
    form.language = language;
    return form;
  }

  public String getProspectPhone() {
    return prospectPhone;
  }

  public void setProspectPhone(String prospectPhone) {
    this.prospectPhone = prospectPhone;
  }

  public String getReferrerName() {
    return referrerName;
  }

  public void setReferrerName(String referrerName) {
    this.referrerName = referrerName;
  }

  public String getReferrerCompany() {
    return referrerCompany;
  }

  public void setReferrerCompany(String referrerCompany) {
    this.referrerCompany = referrerCompany;
  }

  public String getReferrerEmail() {
    return referrerEmail;
  }

  public void setReferrerEmail(String referrerEmail) {
    this.referrerEmail = referrerEmail;
  }

  public String getReferrerPhone() {
    return referrerPhone;
  }

  public void setReferrerPhone(String referrerPhone) {
    this.referrerPhone = referrerPhone;
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

  /** The language of the referrer's mails ({@code bg} or {@code en}). */
  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
