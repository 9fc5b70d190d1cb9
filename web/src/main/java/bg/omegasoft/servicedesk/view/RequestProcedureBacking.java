package bg.omegasoft.servicedesk.view;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Licence;
import bg.omegasoft.servicedesk.boundary.ServiceRequests;
import bg.omegasoft.servicedesk.entity.IdentityChecks;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * The defined procedures on servicedesk/request.xhtml: the identity checks of a forgotten password,
 * and the facts of a change of licence owner.
 */
@Named
@ViewScoped
public class RequestProcedureBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ServiceRequests requests;
  @EJB private Clients clients;
  @Inject private RequestBacking page;

  private List<Licence> licences;
  private Long licenceId;
  private Long toClientId;

  @Size(max = 500)
  private String legalGround;

  @Size(max = 500)
  private String pdmReferences;

  public void tick(IdentityChecks.Step step) {
    boolean done = !page.getRequest().getIdentityChecks().isDone(step);
    page.show(requests.tick(page.getId(), page.getRequest().getVersion(), step, done));
  }

  public void saveLicenceChange() {
    page.show(
        requests.describeLicenceChange(
            page.getId(),
            page.getRequest().getVersion(),
            licenceId,
            toClientId,
            legalGround,
            pdmReferences));
    Messages.info("saved");
  }

  /** The licences of the request's client, to pick the one changing owner. */
  public List<Licence> getLicences() {
    if (licences == null) {
      licences =
          page.getRequest().getClient() == null
              ? List.of()
              : clients.licencesOf(page.getRequest().getClient().getId());
    }
    return licences;
  }

  public Long getLicenceId() {
    return licenceId != null ? licenceId : page.getRequest().getLicenceId();
  }

  public void setLicenceId(Long licenceId) {
    this.licenceId = licenceId;
  }

  public Long getToClientId() {
    if (toClientId == null && page.getRequest().getToClient() != null) {
      return page.getRequest().getToClient().getId();
    }
    return toClientId;
  }

  public void setToClientId(Long toClientId) {
    this.toClientId = toClientId;
  }

  public String getLegalGround() {
    return legalGround != null ? legalGround : page.getRequest().getLegalGround();
  }

  public void setLegalGround(String legalGround) {
    this.legalGround = legalGround;
  }

  public String getPdmReferences() {
    return pdmReferences != null ? pdmReferences : page.getRequest().getPdmReferences();
  }

  public void setPdmReferences(String pdmReferences) {
    this.pdmReferences = pdmReferences;
  }
}
