package bg.omegasoft.servicedesk.view;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.servicedesk.boundary.Intake;
import bg.omegasoft.servicedesk.boundary.StaffIntakeForm;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * servicedesk/new-request.xhtml: staff record a request taken by phone, or another way (then it is
 * marked "channel not guaranteed"). The requester's request is the consent; staff confirm it.
 */
@Named
@ViewScoped
public class NewRequestBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Intake intake;
  @EJB private Clients clients;

  private List<Client> clientChoices;
  private final StaffIntakeForm form = new StaffIntakeForm();

  @PostConstruct
  void load() {
    clientChoices = clients.all();
  }

  public String save() {
    long id = intake.record(form).getId();
    return "/servicedesk/request?faces-redirect=true&id=" + id;
  }

  public List<Client> getClientChoices() {
    return clientChoices;
  }

  public StaffIntakeForm getForm() {
    return form;
  }
}
