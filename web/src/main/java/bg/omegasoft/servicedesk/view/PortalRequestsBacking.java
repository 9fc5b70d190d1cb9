package bg.omegasoft.servicedesk.view;

import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.servicedesk.boundary.ClientPortal;
import bg.omegasoft.servicedesk.boundary.Intake;
import bg.omegasoft.servicedesk.boundary.ReferralForm;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * servicedesk/portal/requests.xhtml: a client administrator's view of the company's requests and
 * their status; a new request (the request is the company's consent); "recommend us".
 */
@Named
@ViewScoped
public class PortalRequestsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ClientPortal portal;
  @EJB private Intake intake;

  private Client company;
  private List<ServiceRequest> requests;
  private RequestType type = RequestType.SUPPORT;
  private DeliveryMode mode = DeliveryMode.REMOTE;
  private String subject;
  private String description;
  private String prospectCompany;
  private String prospectUic;
  private String prospectName;
  private String prospectEmail;

  @PostConstruct
  void load() {
    company = portal.myCompany().orElse(null);
    requests = portal.myRequests();
  }

  public void submit() {
    ServiceRequest created = intake.submitFromPortal(type, mode, subject, description);
    subject = null;
    description = null;
    load();
    Messages.info("sd.portal.submitted", created.getNumber());
  }

  public void recommend() {
    intake.recommendFromPortal(
        new ReferralForm(prospectName, prospectCompany, prospectUic, prospectEmail, null));
    prospectCompany = null;
    prospectUic = null;
    prospectName = null;
    prospectEmail = null;
    load();
    Messages.info("sd.portal.recommended");
  }

  public Client getCompany() {
    return company;
  }

  public List<ServiceRequest> getRequests() {
    return requests;
  }

  public RequestType getType() {
    return type;
  }

  public void setType(RequestType type) {
    this.type = type;
  }

  public DeliveryMode getMode() {
    return mode;
  }

  public void setMode(DeliveryMode mode) {
    this.mode = mode;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
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

  public String getProspectName() {
    return prospectName;
  }

  public void setProspectName(String prospectName) {
    this.prospectName = prospectName;
  }

  public String getProspectEmail() {
    return prospectEmail;
  }

  public void setProspectEmail(String prospectEmail) {
    this.prospectEmail = prospectEmail;
  }
}
