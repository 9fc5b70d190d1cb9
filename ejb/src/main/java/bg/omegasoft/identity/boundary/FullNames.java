package bg.omegasoft.identity.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The people behind user names, for whatever a person reads: pages, PDFs, e-mails. Records keep the
 * user name (audit, API); what is shown is the full name, or the user name itself when no such
 * account exists (a removed account, the system).
 */
@Stateless
@RolesAllowed({
  Roles.TRAINEE,
  Roles.TRAINER,
  Roles.STAFF,
  Roles.CLIENT_ADMIN,
  Roles.BATCH_OPERATOR,
  Roles.FINANCE,
  Roles.ADMIN
})
public class FullNames {

  @PersistenceContext private EntityManager em;

  /** Every given user name with the full name to show for it, in one query. */
  public Map<String, String> of(Collection<String> usernames) {
    List<String> wanted = usernames.stream().filter(Objects::nonNull).distinct().toList();
    Map<String, String> names = new HashMap<>();
    wanted.forEach(u -> names.put(u, u));
    if (wanted.isEmpty()) {
      return names;
    }
    em.createNamedQuery(User.FULL_NAMES, Object[].class)
        .setParameter("usernames", wanted)
        .getResultList()
        .forEach(row -> names.put((String) row[0], (String) row[1]));
    return names;
  }

  /**
   * The language chosen by the person with an account at this e-mail address, for mails written to
   * them; empty when no account has the address.
   */
  public Optional<Locale> languageOf(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery(User.LOCALE_BY_EMAIL, String.class)
        .setParameter("email", email.strip())
        .getResultStream()
        .filter(Objects::nonNull)
        .findFirst()
        .map(Locale::forLanguageTag);
  }

  /** The full name to show for one user name. */
  public String of(String username) {
    return username == null ? null : of(List.of(username)).get(username);
  }
}
