package bg.omegasoft.identity.view;

import bg.omegasoft.identity.boundary.MyAccount;
import bg.omegasoft.identity.boundary.PasswordChanged;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.identity.security.OmexAuthenticationMechanism;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * identity/profile.xhtml: the user's own details and a change of password, which ends the user's
 * other sessions and API tokens while this session continues.
 */
@Named
@RequestScoped
public class ProfileBacking {

  @EJB private MyAccount myAccount;

  private User me;
  private String currentPassword;
  private String newPassword;

  @PostConstruct
  void load() {
    me = myAccount.me();
  }

  public void changePassword() {
    PasswordChanged changed = myAccount.changePassword(currentPassword, newPassword);
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .getSessionMap()
        .put(OmexAuthenticationMechanism.SESSION_GENERATION, changed.sessionGeneration());
    currentPassword = null;
    newPassword = null;
    Messages.info("password.changed", changed.tokensEnded());
  }

  public User getMe() {
    return me;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
