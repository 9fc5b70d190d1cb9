package bg.omegasoft.servicedesk.view;

import bg.omegasoft.servicedesk.boundary.Intake;
import bg.omegasoft.servicedesk.boundary.RequestForm;
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

  private final RequestForm form = new RequestForm();
  private String number;
  private String email;
  private Instant confirmBy;

  public void submit() {
    ServiceRequest request = intake.submitWebForm(form, address());
    number = request.getNumber();
    email = request.getRequesterEmail();
    confirmBy = request.getConfirmationDueAt();
  }

  static String address() {
    return ((HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .getRemoteAddr();
  }

  public RequestForm getForm() {
    return form;
  }

  public String getNumber() {
    return number;
  }

  /** The address the confirmation link went to. */
  public String getEmail() {
    return email;
  }

  /** Until when the link mailed to the address confirms the request. */
  public Instant getConfirmBy() {
    return confirmBy;
  }
}
