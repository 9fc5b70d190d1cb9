package bg.omegasoft.servicedesk.view;

import bg.omegasoft.servicedesk.boundary.Confirmations;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A request held for its sender's confirmation on servicedesk/request.xhtml: staff who confirmed it
 * with the client by phone record that, with a note of with whom.
 */
@Named
@ViewScoped
public class RequestConfirmationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Confirmations confirmations;
  @Inject private RequestBacking page;

  @NotBlank
  @Size(max = 500)
  private String note;

  public void confirmByPhone() {
    page.show(confirmations.confirmByPhone(page.getId(), page.getRequest().getVersion(), note));
    note = null;
    Messages.info("sd.confirm.byPhoneDone");
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
