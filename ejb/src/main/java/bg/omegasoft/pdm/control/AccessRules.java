package bg.omegasoft.pdm.control;

import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.pdm.entity.Access;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may enter a client's space. A person of a client company enters only that company's space: as
 * its administrator (CLIENT_ADMIN) or when granted by one. A person of the vendor (no company)
 * enters only the spaces of clients an ADMIN assigned them to, whatever their roles: an ADMIN who
 * is not assigned does not enter either. Disabled accounts enter nowhere.
 */
public final class AccessRules {

  /** Vendor roles that may be assigned to a client's space. */
  public static final Set<Role> ASSIGNABLE_ROLES =
      EnumSet.of(Role.STAFF, Role.TRAINER, Role.FINANCE, Role.ADMIN);

  /** The facts about a person that decide: their company (null: the vendor), roles, state. */
  public record Person(long userId, Long clientId, Set<Role> roles, boolean enabled) {}

  private AccessRules() {}

  public static Person personOf(User user) {
    return new Person(user.getId(), user.getClientId(), user.getRoles(), user.isEnabled());
  }

  public static Access decide(
      Person person, long spaceClientId, boolean granted, boolean assigned) {
    if (person == null || !person.enabled()) {
      return Access.NONE;
    }
    if (person.clientId() != null) {
      if (person.clientId() != spaceClientId) {
        return Access.NONE;
      }
      if (person.roles().contains(Role.CLIENT_ADMIN)) {
        return Access.CLIENT_ADMINISTRATOR;
      }
      return granted ? Access.MEMBER : Access.NONE;
    }
    return assigned && isVendorStaff(person) ? Access.VENDOR_STAFF : Access.NONE;
  }

  /** Whether a client administrator may let this person into the company's space. */
  public static boolean mayBeGranted(Person candidate, long spaceClientId) {
    return candidate.enabled()
        && candidate.clientId() != null
        && candidate.clientId() == spaceClientId
        && !candidate.roles().contains(Role.CLIENT_ADMIN);
  }

  /** Whether an ADMIN may assign this person to a client's space: an enabled vendor person. */
  public static boolean mayBeAssigned(Person candidate) {
    return candidate.enabled() && isVendorStaff(candidate);
  }

  private static boolean isVendorStaff(Person person) {
    return person.clientId() == null
        && person.roles().stream().anyMatch(ASSIGNABLE_ROLES::contains);
  }
}
