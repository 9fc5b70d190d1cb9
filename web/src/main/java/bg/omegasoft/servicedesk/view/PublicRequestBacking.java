package bg.omegasoft.servicedesk.view;

import bg.omegasoft.servicedesk.boundary.Intake;
import bg.omegasoft.servicedesk.boundary.RequestForm;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;

/**
 * public/request.xhtml: the written request form of the charter, for anyone. The company is
 * identified by UIC and the contact's e-mail; the request is the client's consent once the e-mail
 * address confirms it through the link sent to it.
 */
@Named
@ViewScoped
public class PublicRequestBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Intake intake;

  private String companyUic;
  private String contactName;
  private String email;
  private String phone;
  private RequestType type = RequestType.SUPPORT;
  private DeliveryMode preferredMode = DeliveryMode.REMOTE;
  private String description;
  private boolean consent;
  private String website;
  private String number;
  private Instant confirmBy;

  public void submit() {
    ServiceRequest request =
        intake.submitWebForm(
            new RequestForm(
                companyUic,
                contactName,
                email,
                phone,
                type,
                preferredMode,
                description,
                consent,
                website),
            address());
    number = request.getNumber();
    email = request.getRequesterEmail();
    confirmBy = request.getConfirmationDueAt();
  }

  static String address() {
    return ((HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .getRemoteAddr();
  }

  public String getNumber() {
    return number;
  }

  /** Until when the link mailed to the address confirms the request. */
  public Instant getConfirmBy() {
    return confirmBy;
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

  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
