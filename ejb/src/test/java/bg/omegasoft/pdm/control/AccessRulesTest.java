package bg.omegasoft.pdm.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.pdm.control.AccessRules.Person;
import bg.omegasoft.pdm.entity.Access;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Who enters a client's space, for every role, on each side, granted or assigned or not. */
class AccessRulesTest {

  private static final long OWN = 1;
  private static final long OTHER = 2;

  @Test
  void aClientsAdministratorEntersOnlyTheOwnCompanysSpace() {
    Person admin = person(OWN, Role.CLIENT_ADMIN);
    assertEquals(Access.CLIENT_ADMINISTRATOR, AccessRules.decide(admin, OWN, false, false));
    assertEquals(Access.NONE, AccessRules.decide(admin, OTHER, true, true));
  }

  @Test
  void otherUsersOfTheCompanyEnterOnlyWhenGranted() {
    for (Role role : Role.values()) {
      if (role == Role.CLIENT_ADMIN) {
        continue;
      }
      Person user = person(OWN, role);
      assertEquals(Access.NONE, AccessRules.decide(user, OWN, false, true), role.name());
      assertEquals(Access.MEMBER, AccessRules.decide(user, OWN, true, false), role.name());
      assertEquals(Access.NONE, AccessRules.decide(user, OTHER, true, true), role.name());
    }
  }

  @Test
  void theVendorsPeopleEnterOnlyWhenAssignedAdministratorsIncluded() {
    for (Role role : AccessRules.ASSIGNABLE_ROLES) {
      Person vendor = person(null, role);
      assertEquals(Access.NONE, AccessRules.decide(vendor, OWN, true, false), role.name());
      assertEquals(Access.VENDOR_STAFF, AccessRules.decide(vendor, OWN, false, true), role.name());
    }
    assertEquals(Access.NONE, AccessRules.decide(person(null, Role.ADMIN), OWN, false, false));
    assertEquals(Access.NONE, AccessRules.decide(person(null, Role.TRAINEE), OWN, true, true));
    assertEquals(
        Access.NONE, AccessRules.decide(person(null, Role.BATCH_OPERATOR), OWN, true, true));
    assertEquals(Access.NONE, AccessRules.decide(person(null, Role.CLIENT_ADMIN), OWN, true, true));
  }

  @Test
  void disabledAccountsEnterNowhere() {
    Person disabled = new Person(9, OWN, EnumSet.of(Role.CLIENT_ADMIN), false);
    assertEquals(Access.NONE, AccessRules.decide(disabled, OWN, true, true));
    assertEquals(Access.NONE, AccessRules.decide(null, OWN, true, true));
  }

  @Test
  void onlyTheCompanysOwnNonAdministratorsCanBeGranted() {
    assertTrue(AccessRules.mayBeGranted(person(OWN, Role.TRAINEE), OWN));
    assertFalse(AccessRules.mayBeGranted(person(OTHER, Role.TRAINEE), OWN));
    assertFalse(AccessRules.mayBeGranted(person(null, Role.STAFF), OWN));
    assertFalse(AccessRules.mayBeGranted(person(OWN, Role.CLIENT_ADMIN), OWN));
  }

  @Test
  void onlyTheVendorsPeopleCanBeAssigned() {
    assertTrue(AccessRules.mayBeAssigned(person(null, Role.STAFF)));
    assertTrue(AccessRules.mayBeAssigned(person(null, Role.ADMIN)));
    assertFalse(AccessRules.mayBeAssigned(person(OWN, Role.STAFF)));
    assertFalse(AccessRules.mayBeAssigned(person(null, Role.TRAINEE)));
  }

  @Test
  void whatEachAccessAllows() {
    assertTrue(Access.CLIENT_ADMINISTRATOR.mayManageAccess());
    assertFalse(Access.VENDOR_STAFF.mayManageAccess());
    assertFalse(Access.MEMBER.mayManageAccess());
    assertTrue(Access.VENDOR_STAFF.maySeeAudit());
    assertFalse(Access.MEMBER.maySeeAudit());
    assertFalse(Access.NONE.mayEnter());
  }

  private static Person person(Long clientId, Role role) {
    return new Person(7, clientId, EnumSet.of(role), true);
  }
}
