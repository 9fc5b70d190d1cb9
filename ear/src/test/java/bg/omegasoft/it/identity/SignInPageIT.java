package bg.omegasoft.it.identity;

import static bg.omegasoft.it.identity.IdentityFixtures.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.RawHttp;
import bg.omegasoft.it.support.TestDatabase;
import bg.omegasoft.it.support.WebSession;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sign-in page over HTTP as an outsider sees it: anonymous failures do not keep the owner's
 * browser out, and an unknown user name gets exactly the answers a real one gets.
 */
@ExtendWith(ArquillianExtension.class)
class SignInPageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  /**
   * All tests sign in from 127.0.0.1, whose failures across accounts count towards one limit (30 an
   * hour): forget the failures this class caused, so that tests run after it, or it again within
   * the hour, start where a fresh database would.
   */
  @AfterAll
  static void forgetTheFailuresOfTheLoopbackAddress() throws SQLException {
    try (Connection db = TestDatabase.connect();
        Statement delete = db.createStatement()) {
      delete.executeUpdate("delete from sign_in_counter where kind = 'ADDRESS'");
    }
  }

  @Test
  void anonymousFailuresDoNotKeepTheOwnersBrowserOut() {
    String user = IdentityFixtures.newUser("TRAINEE");
    WebSession owner = WebSession.anonymous();
    RawHttp.Answer first = owner.signIn(user, PASSWORD);
    assertEquals(302, first.status(), "the owner signs in");
    String device =
        first.all("Set-Cookie").stream()
            .filter(c -> c.startsWith("OMEXDEVICE_"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no device cookie: " + first.headers()));
    assertTrue(device.contains("HttpOnly") && device.contains("SameSite=Strict"), device);
    owner.forgetSession();

    WebSession attacker = WebSession.anonymous();
    RawHttp.Answer last = null;
    for (int i = 0; i < 6; i++) {
      last = attacker.signIn(user, "wrong-password-" + i);
      assertNotEquals(302, last.status());
    }
    assertTrue(text(last).contains("Изчакайте 5 секунди"), text(last));

    RawHttp.Answer stranger = WebSession.anonymous().signIn(user, PASSWORD);
    assertNotEquals(302, stranger.status(), "a browser unknown to the account waits");
    assertTrue(text(stranger).contains("Изчакайте 5 секунди"), text(stranger));

    RawHttp.Answer again = owner.signIn(user, PASSWORD);
    assertEquals(302, again.status(), "the owner's browser still signs in: " + text(again));
    assertTrue(owner.isSignedIn());
  }

  @Test
  void anUnknownUserNameGetsTheAnswersOfARealOne() {
    String real = IdentityFixtures.newUser("TRAINEE");
    String unknown = IdentityFixtures.uniqueName();
    List<RawHttp.Answer> toReal = attempts(real);
    List<RawHttp.Answer> toUnknown = attempts(unknown);
    for (int i = 0; i < toReal.size(); i++) {
      RawHttp.Answer a = toReal.get(i);
      RawHttp.Answer b = toUnknown.get(i);
      assertEquals(a.status(), b.status(), "status of attempt " + (i + 1));
      assertEquals(cookieNames(a), cookieNames(b), "cookies of attempt " + (i + 1));
      assertEquals(normalised(a, real), normalised(b, unknown), "page of attempt " + (i + 1));
    }
    assertTrue(text(toReal.get(0)).contains("Грешно потребителско име или парола"));
    assertTrue(text(toReal.get(5)).contains("Изчакайте 5 секунди"));
  }

  /** Six wrong passwords in a row from one browser. */
  private static List<RawHttp.Answer> attempts(String username) {
    WebSession browser = WebSession.anonymous();
    List<RawHttp.Answer> answers = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      answers.add(browser.signIn(username, "wrong-password-" + i));
    }
    return answers;
  }

  private static List<String> cookieNames(RawHttp.Answer response) {
    return response.all("Set-Cookie").stream()
        .map(c -> c.substring(0, c.indexOf('=')))
        .sorted()
        .toList();
  }

  /** The page without the name typed and what differs by nature (see WebSession.comparable). */
  private static String normalised(RawHttp.Answer response, String username) {
    return WebSession.comparable(response.text().replace(username, "USER"));
  }

  private static String text(RawHttp.Answer response) {
    return response.status() + " " + response.text().replaceAll("<[^>]*>", " ").strip();
  }
}
