package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.shared.entity.Uic;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** "Recommend us": the prospect a client recommends. The portal page binds it directly. */
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

  private String note;

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

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
