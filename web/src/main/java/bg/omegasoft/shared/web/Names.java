package bg.omegasoft.shared.web;

import bg.omegasoft.identity.boundary.FullNames;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The pages' access to people's names where a record keeps a user name: {@code
 * #{names.of(protocol.consultant)}} reads "Стефан Димитров" where "staff" is stored (the user name
 * itself when no such account exists). A page's backing bean hands over the user names it shows
 * ({@link #know}) so they are looked up in one query; any other is looked up when first asked for
 * and kept for the rest of the request.
 */
@Named
@RequestScoped
public class Names {

  @EJB private FullNames fullNames;

  private final Map<String, String> known = new HashMap<>();

  /** Looks up, in one query, the user names not yet known. */
  public void know(Collection<String> usernames) {
    List<String> unknown =
        usernames.stream().filter(Objects::nonNull).filter(u -> !known.containsKey(u)).toList();
    if (!unknown.isEmpty()) {
      known.putAll(fullNames.of(unknown));
    }
  }

  /** The full name to show for a user name. */
  public String of(String username) {
    if (username == null) {
      return null;
    }
    know(List.of(username));
    return known.get(username);
  }
}
