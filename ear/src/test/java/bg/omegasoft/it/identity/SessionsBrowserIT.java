package bg.omegasoft.it.identity;

import static bg.omegasoft.it.identity.IdentityFixtures.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Browser;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Http;
import bg.omegasoft.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A new password ends what the old one opened: the user's own change ends their other sessions and
 * their API tokens (the session in which they changed it continues); an administrator's reset ends
 * all of them.
 */
@ExtendWith(ArquillianExtension.class)
class SessionsBrowserIT {

  private static final String NEW_PASSWORD = "Друга-Парола-2026";
  private static final String ADMIN_PASSWORD = "Omex-Demo-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void aPasswordChangeEndsTheOtherSessionsAndTheTokens() throws SQLException {
    String user = IdentityFixtures.newUser("TRAINEE");
    String token = TestDatabase.tokenFor(user);
    try (Browser laptop = new Browser();
        Browser phone = new Browser()) {
      laptop.signIn(user, PASSWORD);
      phone.signIn(user, PASSWORD);
      assertEquals(200, me(token), "the token works before the change");

      laptop.open("/identity/profile.xhtml");
      laptop.type(By.id("form:current"), PASSWORD);
      laptop.type(By.id("form:password"), NEW_PASSWORD);
      laptop.clickAndExpect(By.id("form:change"), "Паролата е сменена");

      laptop.open("/identity/tokens.xhtml");
      assertTrue(laptop.currentPath().startsWith("/identity/tokens"), laptop.currentPath());
      phone.open("/identity/tokens.xhtml");
      assertTrue(phone.currentPath().startsWith("/login.xhtml"), phone.currentPath());
      assertEquals(401, me(token), "the token ended with the old password");
    }
  }

  @Test
  void anAdministratorsResetEndsAllSessionsAndTokens() throws SQLException {
    String user = IdentityFixtures.newUser("TRAINEE");
    String token = TestDatabase.tokenFor(user);
    try (Browser own = new Browser();
        Browser admin = new Browser()) {
      own.signIn(user, PASSWORD);
      admin.signIn("admin", ADMIN_PASSWORD);
      admin.open("/identity/user.xhtml?id=" + idOf(user));
      admin.type(By.id("access:newPassword"), NEW_PASSWORD);
      admin.clickAndExpect(By.id("access:reset"), "Паролата е сменена");

      own.open("/identity/profile.xhtml");
      assertTrue(own.currentPath().startsWith("/login.xhtml"), own.currentPath());
      assertEquals(401, me(token), "the token ended with the reset");
      own.signIn(user, NEW_PASSWORD);
      own.open("/identity/profile.xhtml");
      assertTrue(own.currentPath().startsWith("/identity/profile"), own.currentPath());
    }
  }

  private static int me(String token) {
    return Http.get("/api/v1/me", "Authorization", "Bearer " + token).statusCode();
  }

  private static long idOf(String username) throws SQLException {
    try (Connection db = TestDatabase.connect();
        PreparedStatement query =
            db.prepareStatement("select id from app_user where username = ?")) {
      query.setString(1, username);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
