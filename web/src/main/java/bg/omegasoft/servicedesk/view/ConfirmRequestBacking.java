package bg.omegasoft.servicedesk.view;

import bg.omegasoft.servicedesk.boundary.Confirmations;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * public/confirm.xhtml?token=: the page the confirmation e-mail links to, for anyone holding the
 * link: what the request is, and a button that confirms it; then what happens next.
 */
@Named
@ViewScoped
public class ConfirmRequestBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Confirmations confirmations;

  private String token;
  private Confirmations.Pending pending;
  private boolean justConfirmed;

  /** f:viewAction: what the link's request is and where it stands (null for an unknown link). */
  public void load() {
    pending = confirmations.of(token).orElse(null);
  }

  public void confirm() {
    Confirmations.Pending before = pending;
    pending = confirmations.confirm(token).orElse(null);
    justConfirmed =
        before != null
            && before.state() == Confirmations.State.WAITING
            && pending != null
            && pending.state() == Confirmations.State.CONFIRMED;
  }

  public Confirmations.Pending getPending() {
    return pending;
  }

  public boolean isJustConfirmed() {
    return justConfirmed;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
