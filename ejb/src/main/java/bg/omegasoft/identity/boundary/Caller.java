package bg.omegasoft.identity.boundary;

import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.identity.entity.User;
import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;

/**
 * The signed-in person as the web layer and the API need it: name, roles, language, company, and
 * the generation of their credentials that a session keeps to notice a later password change.
 */
public record Caller(
    String username,
    String fullName,
    Set<String> roles,
    String locale,
    Long clientId,
    int sessionGeneration)
    implements Serializable {

  static Caller of(User user) {
    Set<String> names = new TreeSet<>();
    for (Role role : user.getRoles()) {
      names.add(role.name());
    }
    return new Caller(
        user.getUsername(),
        user.getFullName(),
        Set.copyOf(names),
        user.getLocale(),
        user.getClientId(),
        user.getSessionGeneration());
  }
}
