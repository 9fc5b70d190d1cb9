package bg.omegasoft.identity.view;

import bg.omegasoft.identity.boundary.MyAccount;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** identity/profile.xhtml: the user's own details and a change of password. */
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
    myAccount.changePassword(currentPassword, newPassword);
    currentPassword = null;
    newPassword = null;
    Messages.info("password.changed");
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
