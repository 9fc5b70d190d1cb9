package bg.omegasoft.shared.web;

import bg.omegasoft.identity.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/** index.xhtml: the start page lists the caller's roles; the page asks which of these it holds. */
@Named
@ApplicationScoped
public class HomeBacking {

  private static final List<String> ROLES = Arrays.stream(Role.values()).map(Role::name).toList();

  public List<String> getRoles() {
    return ROLES;
  }
}
