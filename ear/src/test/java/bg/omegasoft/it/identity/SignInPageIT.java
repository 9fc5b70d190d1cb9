package bg.omegasoft.it.identity;

import static bg.omegasoft.it.identity.IdentityFixtures.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Deployments;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sign-in page over HTTP as an outsider sees it: anonymous failures do not keep the owner out,
 * and an unknown user name gets exactly the answers a real one gets.
 */
@ExtendWith(ArquillianExtension.class)
class SignInPageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void anonymousFailuresDoNotKeepTheOwnerOut() {
    String user = IdentityFixtures.newUser("TRAINEE");
    SignInClient owner = new SignInClient();
    assertEquals(302, owner.signIn(user, PASSWORD).statusCode(), "the owner signs in");
    owner.forgetSession();

    SignInClient attacker = new SignInClient();
    for (int i = 0; i < 6; i++) {
      assertNotEquals(302, attacker.signIn(user, "wrong-password-" + i).statusCode());
    }

    HttpResponse<String> again = owner.signIn(user, PASSWORD);
    assertEquals(302, again.statusCode(), "the owner's browser still signs in: " + text(again));
    assertTrue(owner.isSignedIn());
  }

  @Test
  void anUnknownUserNameGetsTheAnswersOfARealOne() {
    String real = IdentityFixtures.newUser("TRAINEE");
    String unknown = IdentityFixtures.uniqueName();
    SignInClient first = new SignInClient();
    SignInClient second = new SignInClient();
    for (int i = 1; i <= 6; i++) {
      HttpResponse<String> toReal = first.signIn(real, "wrong-password-" + i);
      HttpResponse<String> toUnknown = second.signIn(unknown, "wrong-password-" + i);
      assertEquals(toReal.statusCode(), toUnknown.statusCode(), "status of attempt " + i);
      assertEquals(
          toReal.headers().allValues("Set-Cookie").size(),
          toUnknown.headers().allValues("Set-Cookie").size(),
          "cookies of attempt " + i);
      assertEquals(
          normalised(toReal, real), normalised(toUnknown, unknown), "page of attempt " + i);
    }
  }

  /** The page without what differs by nature: the name typed, the view state, script nonces. */
  private static String normalised(HttpResponse<String> response, String username) {
    return response
        .body()
        .replace(username, "USER")
        .replaceAll("(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]*", "$1")
        .replaceAll("nonce=\"[^\"]*\"", "nonce=\"\"");
  }

  private static String text(HttpResponse<String> response) {
    return response.statusCode() + " " + response.body().replaceAll("<[^>]*>", " ").strip();
  }
}
