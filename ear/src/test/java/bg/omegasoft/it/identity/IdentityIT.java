package bg.omegasoft.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.identity.boundary.Accounts;
import bg.omegasoft.identity.boundary.LastAdministratorException;
import bg.omegasoft.identity.boundary.MyAccount;
import bg.omegasoft.identity.boundary.NewToken;
import bg.omegasoft.identity.boundary.SignInOutcome.Status;
import bg.omegasoft.identity.boundary.Users;
import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.it.support.AsAdmin;
import bg.omegasoft.it.support.AsTrainee;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.shared.boundary.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts, roles, sign-in delays, disabling and API tokens, through the boundaries with real
 * roles.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {

  private static final String PASSWORD = "Correct-Horse-42";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(IdentityIT.class);
  }

  @EJB Accounts accounts;
  @EJB Users users;
  @EJB MyAccount myAccount;
  @EJB AsAdmin asAdmin;
  @EJB AsTrainee asTrainee;
  @EJB SignInFrom from;

  @Test
  void anAdministratorCreatesAUserWhoSignsInWithSeveralRoles() {
    String name = uniqueName();
    User created =
        asAdmin.call(
            () ->
                users.create(
                    name,
                    "Петя Стоянова",
                    name + "@example.bg",
                    null,
                    EnumSet.of(Role.STAFF, Role.TRAINER),
                    PASSWORD));
    var outcome = accounts.signIn(name.toUpperCase(), PASSWORD);
    assertEquals(Status.SIGNED_IN, outcome.status());
    assertEquals(Set.of("STAFF", "TRAINER"), outcome.caller().roles());
    assertTrue(created.getPasswordHash().startsWith("pbkdf2-sha256:600000:"));
  }

  @Test
  void fiveWrongPasswordsHoldBackThatAddressUntilAnAdministratorLiftsTheDelays() {
    String name = createTrainee();
    String address = SignInFrom.randomAddress();
    for (int i = 0; i < 5; i++) {
      assertEquals(
          Status.INVALID_CREDENTIALS, from.signIn(address, name, "wrong-password-" + i).status());
    }
    assertEquals(Status.THROTTLED, from.signIn(address, name, PASSWORD).status());
    long id = asAdmin.call(() -> idOf(name));
    asAdmin.call(() -> users.resetSignInDelays(id));
    assertEquals(Status.SIGNED_IN, from.signIn(address, name, PASSWORD).status());
  }

  @Test
  void aDisabledUserCannotSignInNorContinueASession() {
    String name = createTrainee();
    int generation = accounts.signIn(name, PASSWORD).caller().sessionGeneration();
    assertTrue(accounts.continuing(name, generation).isPresent());
    long id = asAdmin.call(() -> idOf(name));
    asAdmin.call(() -> users.disable(id));
    assertEquals(Status.INVALID_CREDENTIALS, accounts.signIn(name, PASSWORD).status());
    assertTrue(accounts.continuing(name, generation).isEmpty());
    asAdmin.call(() -> users.enable(id));
    assertTrue(
        accounts.continuing(name, generation).isEmpty(),
        "a session from before the disabling stays ended");
    assertEquals(Status.SIGNED_IN, accounts.signIn(name, PASSWORD).status());
  }

  @Test
  void anAdministratorResetsAPasswordUnderThePolicy() {
    String name = createTrainee();
    long id = asAdmin.call(() -> idOf(name));
    InvalidInputException weak =
        assertThrows(
            InvalidInputException.class,
            () -> asAdmin.call(() -> users.resetPassword(id, "short")));
    assertEquals("password.tooShort", weak.messageKey());
    asAdmin.call(() -> users.resetPassword(id, "Another-Good-One-7"));
    assertEquals(Status.SIGNED_IN, accounts.signIn(name, "Another-Good-One-7").status());
  }

  @Test
  void theLastAdministratorCannotBeDisabled() {
    long adminId = asAdmin.call(() -> idOf("admin"));
    boolean othersExist =
        asAdmin.call(
            () ->
                users.all().stream()
                    .anyMatch(u -> u.isEnabled() && u.holds(Role.ADMIN) && u.getId() != adminId));
    if (!othersExist) {
      assertThrows(
          LastAdministratorException.class, () -> asAdmin.call(() -> users.disable(adminId)));
    }
    assertTrue(asAdmin.call(() -> users.find(adminId).isEnabled()));
  }

  @Test
  void userAdministrationIsForAdministratorsOnly() {
    assertThrows(EJBAccessException.class, () -> asTrainee.call(() -> users.all()));
    assertThrows(EJBAccessException.class, () -> users.all());
  }

  @Test
  void aPersonalTokenActsWithTheOwnersRolesUntilRevoked() {
    NewToken token = asTrainee.call(() -> myAccount.createToken("Отчети", null));
    var caller = accounts.byToken(token.secret()).orElseThrow();
    assertEquals("trainee", caller.username());
    assertEquals(Set.of("TRAINEE"), caller.roles());
    assertTrue(accounts.byToken(token.secret() + "x").isEmpty());
    asTrainee.call(
        () -> {
          myAccount.revokeToken(token.token().getId());
          return null;
        });
    assertFalse(accounts.byToken(token.secret()).isPresent());
  }

  private String createTrainee() {
    String name = uniqueName();
    asAdmin.call(
        () -> users.create(name, "Тест Тестов", null, null, EnumSet.of(Role.TRAINEE), PASSWORD));
    return name;
  }

  private long idOf(String username) {
    return users.all().stream()
        .filter(u -> u.getUsername().equals(username))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  private static String uniqueName() {
    return "it-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
