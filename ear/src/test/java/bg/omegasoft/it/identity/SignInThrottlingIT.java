package bg.omegasoft.it.identity;

import static bg.omegasoft.it.identity.IdentityFixtures.PASSWORD;
import static bg.omegasoft.it.identity.SignInFrom.randomAddress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.identity.boundary.Accounts;
import bg.omegasoft.identity.boundary.SignInOutcome;
import bg.omegasoft.identity.boundary.SignInOutcome.Status;
import bg.omegasoft.identity.boundary.Users;
import bg.omegasoft.identity.control.SignInThrottle;
import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.it.support.AsAdmin;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.TestDatabase;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in throttling against abuse: what an attacker can and cannot do with many attempts. */
@ExtendWith(ArquillianExtension.class)
class SignInThrottlingIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(SignInThrottlingIT.class);
  }

  @EJB SignInFrom from;
  @EJB Accounts accounts;
  @EJB Users users;
  @EJB AsAdmin asAdmin;
  @EJB SignInThrottle throttle;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource dataSource;

  @Test
  void anonymousFailuresDoNotLockTheOwnerOut() {
    String user = createTrainee();
    String attacker = randomAddress();
    for (int i = 0; i < 8; i++) {
      from.signIn(attacker, user, "wrong-password-" + i);
    }
    assertEquals(Status.SIGNED_IN, from.signIn(randomAddress(), user, PASSWORD).status());
  }

  @Test
  void anUnknownNameGetsTheAnswersOfARealOne() {
    String real = createTrainee();
    String unknown = IdentityFixtures.uniqueName();
    String first = randomAddress();
    String second = randomAddress();
    List<Status> toReal = new ArrayList<>();
    List<Status> toUnknown = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      toReal.add(from.signIn(first, real, "wrong-password-" + i).status());
      toUnknown.add(from.signIn(second, unknown, "wrong-password-" + i).status());
    }
    assertEquals(toReal, toUnknown);
  }

  @Test
  void sprayingFromOneAddressIsThrottledEvenWithSuccessesBetween() {
    String own = createTrainee();
    String address = randomAddress();
    int failures = 0;
    boolean throttled = false;
    for (int i = 0; i < 60 && !throttled; i++) {
      if (i % 10 == 9) {
        from.signIn(address, own, PASSWORD);
        continue;
      }
      Status answer = from.signIn(address, IdentityFixtures.uniqueName(), "Summer-2026").status();
      throttled = answer == Status.THROTTLED;
      failures += answer == Status.INVALID_CREDENTIALS ? 1 : 0;
    }
    assertTrue(throttled, "the address was never throttled; failures: " + failures);
    assertTrue(failures <= 30, "failures before the address was throttled: " + failures);
  }

  @Test
  void floodingFromOtherAddressesDoesNotClearAThrottledAddress() {
    String address = randomAddress();
    Instant now = Instant.now();
    for (int i = 0; i < 20; i++) {
      throttle.recordFailure(address, now);
    }
    assertTrue(throttle.isBlocked(address, now));
    for (int i = 0; i < 10_001; i++) {
      throttle.recordFailure("flood-" + i, now);
    }
    assertTrue(throttle.isBlocked(address, now), "the flood cleared the throttle");
  }

  @Test
  void aVeryLongUserNameGetsTheUsualAnswer() {
    assertEquals(
        Status.INVALID_CREDENTIALS,
        from.signIn(randomAddress(), "x".repeat(500), "any-password").status());
  }

  @Test
  void parallelFailuresAreEachAnsweredAndCounted() throws Exception {
    String user = createTrainee();
    String address = randomAddress();
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<SignInOutcome>> attempts = new ArrayList<>();
    try {
      for (int i = 0; i < 20; i++) {
        String password = "wrong-password-" + i;
        attempts.add(
            pool.submit(
                () -> {
                  start.await();
                  return from.signIn(address, user, password);
                }));
      }
      start.countDown();
      List<Status> answers = new ArrayList<>();
      for (Future<SignInOutcome> attempt : attempts) {
        answers.add(attempt.get().status());
      }
      assertEquals(20, answers.size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anAdministratorsResetEndsTheUsersTokens() throws SQLException {
    String user = createTrainee();
    String secret = TestDatabase.tokenFor(dataSource, user);
    assertTrue(accounts.byToken(secret).isPresent());
    long id = asAdmin.call(() -> idOf(user));
    asAdmin.call(() -> users.resetPassword(id, "Another-Good-One-7"));
    assertTrue(accounts.byToken(secret).isEmpty(), "the token outlived the reset");
  }

  @Test
  void guessingDoesNotStopAnAccountsTokenButDisablingDoes() throws SQLException {
    String user = createTrainee();
    String secret = TestDatabase.tokenFor(dataSource, user);
    String attacker = randomAddress();
    for (int i = 0; i < 8; i++) {
      from.signIn(attacker, user, "wrong-password-" + i);
    }
    assertTrue(accounts.byToken(secret).isPresent(), "an integration keeps working");
    long id = asAdmin.call(() -> idOf(user));
    asAdmin.call(() -> users.disable(id));
    assertTrue(accounts.byToken(secret).isEmpty(), "a disabled account's token stops");
  }

  private String createTrainee() {
    String name = IdentityFixtures.uniqueName();
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
}
