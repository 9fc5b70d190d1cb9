package bg.omegasoft.messaging.view;

import bg.omegasoft.messaging.boundary.OutgoingMails;
import bg.omegasoft.messaging.entity.MailState;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.component.datatable.DataTable;

/** messaging/outbox.xhtml: the outgoing mail by state, and a resend of a failed one. */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OutgoingMails mails;

  private MailState state;
  private OutgoingMailModel model;

  @PostConstruct
  void init() {
    model = new OutgoingMailModel(mails, () -> state);
  }

  /** Another state chosen: back to the first page. */
  public void filter() {
    DataTable table =
        (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("form:mails");
    table.setFirst(0);
  }

  public void resend(long id) {
    mails.resend(id);
    Messages.info("outbox.resent");
  }

  public MailState[] getStates() {
    return MailState.values();
  }

  public MailState getState() {
    return state;
  }

  public void setState(MailState state) {
    this.state = state;
  }

  public OutgoingMailModel getModel() {
    return model;
  }
}
