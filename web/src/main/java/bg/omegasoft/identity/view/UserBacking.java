package bg.omegasoft.identity.view;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.identity.boundary.SignInState;
import bg.omegasoft.identity.boundary.Users;
import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * identity/user.xhtml: creates an account or changes one (details, roles, enabled, password).
 * Opened with {@code ?id=} for an existing account.
 */
@Named
@ViewScoped
public class UserBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Users users;
  @EJB private Clients clients;

  private Long id;
  private User user;

  @Size(max = 60)
  private String username;

  @Size(max = 200)
  private String fullName;

  @Size(max = 254)
  private String email;

  private Long clientId;
  private List<Role> roles = new ArrayList<>();
  private String newPassword;
  private List<Client> clientChoices;
  private SignInState signInState;

  /** f:viewAction: loads the account named by the id parameter, if any. */
  public void load() {
    clientChoices = clients.all();
    if (id != null) {
      show(users.find(id));
    }
  }

  public String save() {
    if (user == null) {
      show(users.create(username, fullName, email, clientId, roleSet(), newPassword));
      Messages.info("user.created", user.getUsername());
      Messages.keepForRedirect();
      return "user?faces-redirect=true&id=" + user.getId();
    }
    show(users.update(user.getId(), fullName, email, clientId, roleSet()));
    Messages.info("saved");
    return null;
  }

  public void resetPassword() {
    int tokensEnded = users.resetPassword(user.getId(), newPassword);
    show(users.find(user.getId()));
    Messages.info("user.passwordReset", tokensEnded);
  }

  public void toggleEnabled() {
    show(user.isEnabled() ? users.disable(user.getId()) : users.enable(user.getId()));
    Messages.info(user.isEnabled() ? "user.enabled" : "user.disabled");
  }

  public void resetSignInDelays() {
    show(users.resetSignInDelays(user.getId()));
    Messages.info("user.signInDelaysReset");
  }

  private void show(User shown) {
    user = shown;
    id = shown.getId();
    username = shown.getUsername();
    fullName = shown.getFullName();
    email = shown.getEmail();
    clientId = shown.getClientId();
    roles = new ArrayList<>(shown.getRoles());
    newPassword = null;
    signInState = users.signInState(shown.getId());
  }

  private EnumSet<Role> roleSet() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public List<Client> getClientChoices() {
    return clientChoices;
  }

  public User getUser() {
    return user;
  }

  public SignInState getSignInState() {
    return signInState;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Long getClientId() {
    return clientId;
  }

  public void setClientId(Long clientId) {
    this.clientId = clientId;
  }

  public List<Role> getRoles() {
    return roles;
  }

  public void setRoles(List<Role> roles) {
    this.roles = roles;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
