package bg.omegasoft.it.identity;

import static bg.omegasoft.it.identity.IdentityFixtures.PASSWORD;
import static bg.omegasoft.it.identity.SignInFrom.randomAddress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.identity.boundary.Accounts;
import bg.omegasoft.identity.boundary.SignInOutcome;
import bg.omegasoft.identity.boundary.SignInOutcome.Status;
import bg.omegasoft.identity.boundary.Users;
import bg.omegasoft.identity.control.Admission;
import bg.omegasoft.identity.control.SignInThrottle;
import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.identity.entity.SignInPolicy;
import bg.omegasoft.it.support.AsAdmin;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.TestDatabase;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in throttling against abuse: what an attacker can and cannot do with many attempts. The
 * numbers are the defaults of {@link SignInPolicy} (the test server changes none of them): 5
 * failures per account and address, 20 per account from unrecognised devices, 30 per address, then
 * 5 s between attempts, doubling.
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottlingIT {

  private static final SignInPolicy POLICY = SignInPolicy.DEFAULT;

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

  private Timestamp started;

  @BeforeEach
  void noteTheStart() throws SQLException {
    started = databaseNow();
  }

  /**
   * Removes the counters this test started, as the pruning would within the hour: a slot is shared
   * by the keys that fall in it (by design), so the counters of a test, above all the flood's,
   * would otherwise count for keys of the tests after it.
   */
  @AfterEach
  void forgetTheCountersOfThisTest() throws SQLException {
    try (Connection db = dataSource.getConnection();
        PreparedStatement delete =
            db.prepareStatement("delete from sign_in_counter where window_started_at >= ?")) {
      delete.setTimestamp(1, started);
      delete.executeUpdate();
    }
  }

  @Test
  void anonymousFailuresDoNotLockTheOwnerOut() {
    String user = createTrainee();
    String attacker = randomAddress();
    for (int i = 0; i < 8; i++) {
      from.signIn(attacker, user, "wrong-password-" + i);
    }
    assertEquals(
        Status.THROTTLED,
        from.signIn(attacker, user, PASSWORD).status(),
        "the attacker's address is held back, even with the right password");
    assertEquals(Status.SIGNED_IN, from.signIn(randomAddress(), user, PASSWORD).status());
  }

  @Test
  void aDistributedAttackHoldsBackUnrecognisedDevicesButNotTheOwnersBrowser() {
    String user = createTrainee();
    SignInOutcome first = from.signIn(randomAddress(), user, PASSWORD);
    List<String> ownersCookie = List.of(first.device().value());

    int counted = 0;
    for (int i = 0; i < POLICY.accountFree() + 3; i++) {
      Status answer = from.signIn(randomAddress(), user, "wrong-password-" + i).status();
      counted += answer == Status.INVALID_CREDENTIALS ? 1 : 0;
    }
    assertEquals(POLICY.accountFree(), counted, "failures counted before the account held back");
    SignInOutcome stranger = from.signIn(randomAddress(), user, PASSWORD);
    assertEquals(Status.THROTTLED, stranger.status(), "a browser the account does not know waits");
    assertEquals(POLICY.firstDelay(), stranger.delay());

    SignInOutcome owner = from.signIn(randomAddress(), user, PASSWORD, ownersCookie);
    assertEquals(Status.SIGNED_IN, owner.status(), "the owner's browser signs in anywhere");
    assertTrue(owner.device().value().startsWith("v1."), "and gets a renewed device cookie");

    long id = asAdmin.call(() -> idOf(user));
    assertEquals(POLICY.accountFree(), asAdmin.call(() -> users.signInState(id)).failures());
    asAdmin.call(() -> users.resetSignInDelays(id));
    assertTrue(asAdmin.call(() -> users.signInState(id)).isClear());
    assertEquals(Status.SIGNED_IN, from.signIn(randomAddress(), user, PASSWORD).status());
  }

  @Test
  void aDeviceCookieOfAnotherAccountProvesNothing() {
    String owner = createTrainee();
    String victim = createTrainee();
    List<String> ownCookie =
        List.of(from.signIn(randomAddress(), owner, PASSWORD).device().value());
    String attacker = randomAddress();
    for (int i = 0; i < POLICY.accountAddressFree(); i++) {
      from.signIn(attacker, victim, "wrong-password-" + i, ownCookie);
    }
    assertEquals(Status.THROTTLED, from.signIn(attacker, victim, "wrong", ownCookie).status());
  }

  @Test
  void anUnknownNameGetsTheAnswersOfARealOne() {
    String real = createTrainee();
    String unknown = IdentityFixtures.uniqueName();
    List<String> toReal = answers(real, randomAddress());
    List<String> toUnknown = answers(unknown, randomAddress());
    assertEquals(toReal, toUnknown);
    assertEquals("THROTTLED PT5S", toReal.get(toReal.size() - 1));
  }

  /** Seven wrong passwords at once from one address: status and delay of each answer. */
  private List<String> answers(String username, String address) {
    List<String> answers = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      SignInOutcome outcome = from.signIn(address, username, "wrong-password-" + i);
      answers.add(outcome.status() + " " + outcome.delay());
    }
    return answers;
  }

  /**
   * The time a wrong password takes, least of seven interleaved tries each: on a busy machine other
   * work only adds to a try, so the least is the cost of the work itself.
   */
  @Test
  void anUnknownNameTakesAsLongAsARealOne() {
    String real = createTrainee();
    String unknown = IdentityFixtures.uniqueName();
    List<Long> toReal = new ArrayList<>();
    List<Long> toUnknown = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      toReal.add(nanosOf(real));
      toUnknown.add(nanosOf(unknown));
    }
    long leastReal = Collections.min(toReal) / 1_000_000;
    long leastUnknown = Collections.min(toUnknown) / 1_000_000;
    System.out.printf(
        "Wrong password, least of 7: unknown name %d ms, real name %d ms%n",
        leastUnknown, leastReal);
    double ratio = (double) leastUnknown / leastReal;
    assertTrue(
        ratio > 0.5 && ratio < 2, "unknown " + leastUnknown + " ms, real " + leastReal + " ms");
  }

  private long nanosOf(String username) {
    long start = System.nanoTime();
    assertEquals(
        Status.INVALID_CREDENTIALS,
        from.signIn(randomAddress(), username, "wrong-password").status());
    return System.nanoTime() - start;
  }

  @Test
  void sprayingFromOneAddressIsThrottledEvenWithSuccessesBetween() {
    String own = createTrainee();
    String address = randomAddress();
    List<String> ownCookie = List.of(from.signIn(address, own, PASSWORD).device().value());
    int failures = 0;
    boolean throttled = false;
    for (int i = 0; i < 60 && !throttled; i++) {
      if (i % 10 == 9) {
        assertEquals(Status.SIGNED_IN, from.signIn(address, own, PASSWORD).status());
        continue;
      }
      Status answer = from.signIn(address, IdentityFixtures.uniqueName(), "Summer-2026").status();
      throttled = answer == Status.THROTTLED;
      failures += answer == Status.INVALID_CREDENTIALS ? 1 : 0;
    }
    assertTrue(throttled, "the address was never throttled; failures: " + failures);
    assertEquals(POLICY.addressFree(), failures, "failures before the address was throttled");

    assertEquals(
        Status.SIGNED_IN,
        from.signIn(address, own, PASSWORD, ownCookie).status(),
        "the sprayer's own browser still signs in to its own account");
    // had the success cleared the address, both attempts would be checked; as it is, at most the
    // first is (when the 5 s of the step have passed meanwhile), and the next waits 10 s
    List<Status> after = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      after.add(from.signIn(address, IdentityFixtures.uniqueName(), "Summer-2026").status());
    }
    assertTrue(after.contains(Status.THROTTLED), "that success lifted the address: " + after);
  }

  @Test
  void floodingFromOtherAddressesDoesNotClearAThrottledAddress() throws Exception {
    String address = randomAddress();
    Instant now = Instant.now();
    for (int i = 0; i < POLICY.addressFree(); i++) {
      assertTrue(throttle.admit("name-" + i, address, null, now).admitted());
    }
    assertFalse(throttle.admit("another", address, null, now).admitted());

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Admission>> flood = new ArrayList<>();
      for (int i = 0; i < 10_001; i++) {
        String name = "flood-" + i;
        flood.add(pool.submit(() -> throttle.admit(name, randomAddress(), null, Instant.now())));
      }
      for (Future<Admission> attempt : flood) {
        attempt.get();
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
    assertFalse(
        throttle.admit("another", address, null, now).admitted(), "the flood cleared the throttle");
    assertTrue(
        count("select count(*) from sign_in_counter where kind = 'ADDRESS'")
            <= SignInThrottle.SLOTS);
    assertEquals(
        0,
        count(
            "select count(*) from sign_in_counter"
                + " where cast(substring_index(slot_key, ':', -1) as unsigned) >= "
                + SignInThrottle.SLOTS),
        "every counter has one of the slots of its kind");
  }

  /** The database's UTC clock, as the counters' moments are written. */
  private Timestamp databaseNow() throws SQLException {
    try (Connection db = dataSource.getConnection();
        PreparedStatement query = db.prepareStatement("select utc_timestamp(3)");
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getTimestamp(1);
    }
  }

  @Test
  void countersWhoseWindowEndedArePruned() throws SQLException {
    String address = randomAddress();
    throttle.admit("current", address, null, Instant.now());
    try (Connection db = dataSource.getConnection();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into sign_in_counter (slot_key, kind, failures, window_started_at)"
                    + " values ('DEVICE:0', 'DEVICE', 3, utc_timestamp(3) - interval 2 hour)"
                    + " on duplicate key update window_started_at = values(window_started_at)")) {
      insert.executeUpdate();
    }
    long before = count("select count(*) from sign_in_counter");
    throttle.prune();
    assertEquals(0, count("select count(*) from sign_in_counter where slot_key = 'DEVICE:0'"));
    assertTrue(count("select count(*) from sign_in_counter") > 0, "current counters stay");
    assertTrue(count("select count(*) from sign_in_counter") < before);
  }

  @Test
  void aVeryLongUserNameGetsTheUsualAnswer() {
    assertEquals(
        Status.INVALID_CREDENTIALS,
        from.signIn(randomAddress(), "x".repeat(500), "any-password").status());
  }

  @Test
  void parallelFailuresAreCountedExactlyOnceEach() throws Exception {
    String user = createTrainee();
    String address = randomAddress();
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<SignInOutcome>> attempts = new ArrayList<>();
    List<Status> answers = new ArrayList<>();
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
      for (Future<SignInOutcome> attempt : attempts) {
        answers.add(attempt.get().status());
      }
    } finally {
      pool.shutdownNow();
    }
    long counted = answers.stream().filter(s -> s == Status.INVALID_CREDENTIALS).count();
    long heldBack = answers.stream().filter(s -> s == Status.THROTTLED).count();
    assertEquals(POLICY.accountAddressFree(), counted, answers.toString());
    assertEquals(20 - POLICY.accountAddressFree(), heldBack, answers.toString());
    long id = asAdmin.call(() -> idOf(user));
    assertEquals(
        counted,
        asAdmin.call(() -> users.signInState(id)).failures(),
        "the account counted each checked attempt once");
    assertEquals(
        Status.INVALID_CREDENTIALS,
        from.signIn(randomAddress(), user, "wrong-again").status(),
        "another address is not held back by them");
  }

  @Test
  void anAdministratorsResetEndsTheUsersSessionsAndTokens() throws SQLException {
    String user = createTrainee();
    String secret = TestDatabase.tokenFor(dataSource, user);
    int generation = from.signIn(randomAddress(), user, PASSWORD).caller().sessionGeneration();
    assertTrue(accounts.continuing(user, generation).isPresent());
    assertTrue(accounts.byToken(secret).isPresent());
    long id = asAdmin.call(() -> idOf(user));
    asAdmin.call(() -> users.resetPassword(id, "Another-Good-One-7"));
    assertTrue(accounts.byToken(secret).isEmpty(), "the token outlived the reset");
    assertTrue(accounts.continuing(user, generation).isEmpty(), "the session outlived the reset");
  }

  @Test
  void guessingDoesNotStopAnAccountsTokenButDisablingDoes() throws SQLException {
    String user = createTrainee();
    String secret = TestDatabase.tokenFor(dataSource, user);
    for (int i = 0; i < POLICY.accountFree() + 2; i++) {
      from.signIn(randomAddress(), user, "wrong-password-" + i);
    }
    assertTrue(accounts.byToken(secret).isPresent(), "an integration keeps working");
    long id = asAdmin.call(() -> idOf(user));
    asAdmin.call(() -> users.disable(id));
    assertTrue(accounts.byToken(secret).isEmpty(), "a disabled account's token stops");
  }

  private long count(String sql) throws SQLException {
    try (Connection db = dataSource.getConnection();
        PreparedStatement query = db.prepareStatement(sql);
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
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
