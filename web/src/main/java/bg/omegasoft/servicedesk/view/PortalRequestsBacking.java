package bg.omegasoft.servicedesk.view;

import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.servicedesk.boundary.ClientPortal;
import bg.omegasoft.servicedesk.boundary.Intake;
import bg.omegasoft.servicedesk.boundary.PortalRequestForm;
import bg.omegasoft.servicedesk.boundary.Recommendations;
import bg.omegasoft.servicedesk.boundary.ReferralForm;
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
  @EJB private Recommendations recommendations;

  private Client company;
  private List<ServiceRequest> requests;
  private PortalRequestForm form = new PortalRequestForm();
  private ReferralForm referral = new ReferralForm();

  @PostConstruct
  void load() {
    company = portal.myCompany().orElse(null);
    requests = portal.myRequests();
  }

  public void submit() {
    ServiceRequest created = intake.submitFromPortal(form);
    form = new PortalRequestForm();
    load();
    Messages.info("sd.portal.submitted", created.getNumber());
  }

  public void recommend() {
    recommendations.recommendFromPortal(referral);
    referral = new ReferralForm();
    load();
    Messages.info("sd.portal.recommended");
  }

  public Client getCompany() {
    return company;
  }

  public List<ServiceRequest> getRequests() {
    return requests;
  }

  public PortalRequestForm getForm() {
    return form;
  }

  public ReferralForm getReferral() {
    return referral;
  }
}
