package bg.omegasoft.identity.view;

import bg.omegasoft.identity.boundary.Users;
import bg.omegasoft.identity.entity.User;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** identity/users.xhtml: the list of accounts for administrators. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Users users;

  private List<User> all;
  private List<User> filtered;
  private Map<Long, Instant> heldBack;

  @PostConstruct
  void load() {
    all = users.all();
    heldBack = users.heldBack(all);
  }

  /**
   * Until when the user's sign-ins from unrecognised devices are held back; null if they are not.
   */
  public Instant heldUntil(User user) {
    return heldBack.get(user.getId());
  }

  public List<User> getAll() {
    return all;
  }

  public List<User> getFiltered() {
    return filtered;
  }

  public void setFiltered(List<User> filtered) {
    this.filtered = filtered;
  }
}
