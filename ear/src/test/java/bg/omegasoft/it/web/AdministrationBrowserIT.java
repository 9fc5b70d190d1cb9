package bg.omegasoft.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Browser;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Http;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator creates a user with two roles in the browser; the user signs in, makes a
 * personal API token and uses it; the administrator disables the account and resets its password.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationBrowserIT {

  private static final String ADMIN_PASSWORD = "Omex-Demo-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void whileRemoteOnlyIsOnTheSettingsListWhatIsStillBookedInPerson() {
    try (Browser admin = new Browser()) {
      admin.signIn("admin", ADMIN_PASSWORD);
      admin.open("/organisation/settings.xhtml");
      assertTrue(admin.pageText().contains("Насрочено на място"), admin.pageText());
      assertTrue(admin.has(By.id("ahead:visits")), "the visits on site");
      assertTrue(admin.has(By.id("ahead:sessions")), "the classroom sessions");
      assertEquals("60", admin.driver().findElement(By.id("ahead:tool")).getAttribute("maxlength"));
      admin.screenshot("organisation-ahead-1366x900", 1366, 900, By.id("ahead"));
      admin.screenshot("organisation-ahead-390x844", 390, 844, By.id("ahead:visits"));
    }
  }

  @Test
  void anAdministratorCreatesAUserWhoWorksWithAnApiToken() {
    String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Пролет-в-София-2026";
    try (Browser admin = new Browser()) {
      admin.signIn("admin", ADMIN_PASSWORD);
      admin.open("/identity/users.xhtml");
      admin.clickAndWait(By.id("form:new-user"));
      // the lengths come from the columns' @Size, not from the page
      assertEquals(
          "60", admin.driver().findElement(By.id("form:username")).getAttribute("maxlength"));
      assertEquals(
          "200", admin.driver().findElement(By.id("form:fullName")).getAttribute("maxlength"));
      assertEquals(
          "254", admin.driver().findElement(By.id("form:email")).getAttribute("maxlength"));
      admin.screenshot("user-390x844", 390, 844);
      admin.screenshot("user-1366x900", 1366, 900);
      admin.type(By.id("form:username"), username);
      admin.type(By.id("form:fullName"), "Пенка Тестова");
      admin.type(By.id("form:email"), username + "@example.bg");
      admin.driver().findElement(By.xpath("//label[text()='Сервизен екип']")).click();
      admin.driver().findElement(By.xpath("//label[text()='Финанси']")).click();
      admin.type(By.id("form:password"), "short");
      admin.clickAndExpect(By.id("form:save"), "Паролата трябва да е поне 10 знака");
      admin.type(By.id("form:password"), password);
      admin.clickAndWait(By.id("form:save"));
      assertTrue(
          admin.pageText().contains("Потребителят " + username + " е създаден"), admin.pageText());
    }

    String secret;
    try (Browser user = new Browser()) {
      user.signIn(username, password);
      assertTrue(user.pageText().contains("Добре дошли, Пенка Тестова"), user.pageText());
      assertTrue(
          user.has(By.cssSelector("a[href$='/clients/clients.xhtml']")), "STAFF sees clients");
      user.open("/identity/tokens.xhtml");
      assertEquals("100", user.driver().findElement(By.id("form:name")).getAttribute("maxlength"));
      user.type(By.id("form:name"), "Счетоводна програма");
      user.clickAndExpect(By.id("form:create"), "API ключът е създаден");
      secret = user.driver().findElement(By.id("new-secret-value")).getText();
      assertTrue(secret.startsWith("omx_"), secret);

      HttpResponse<String> me = Http.get("/api/v1/me", "Authorization", "Bearer " + secret);
      assertEquals(200, me.statusCode(), me.body());
      JsonObject body = Http.json(me);
      assertEquals(username, body.getString("username"));
      assertEquals("[\"FINANCE\",\"STAFF\"]", body.getJsonArray("roles").toString());

      user.driver().findElement(By.xpath("//button[.//span[text()='Отмени']]")).click();
      user.clickAndExpect(By.cssSelector(".ui-confirmdialog-yes"), "API ключът е отменен");
      assertEquals(401, Http.get("/api/v1/me", "Authorization", "Bearer " + secret).statusCode());
    }

    try (Browser admin = new Browser()) {
      admin.signIn("admin", ADMIN_PASSWORD);
      admin.open("/identity/users.xhtml");
      // the list shows 25 users a page by name; the suite has made many, so look the user up
      admin
          .driver()
          .findElement(By.cssSelector("[id$='users'] thead th input.ui-column-filter"))
          .sendKeys(username);
      // the filter redraws the table by Ajax: click the link only once the table shows that user
      new WebDriverWait(admin.driver(), Duration.ofSeconds(20))
          .until(
              d ->
                  d.findElements(By.cssSelector("[id$='users'] tbody tr")).size() == 1
                      && !d.findElements(By.linkText(username)).isEmpty());
      admin.clickAndWait(By.linkText(username));
      admin.clickAndExpect(By.id("access:toggle"), "Потребителят е деактивиран");
      admin.signOut();
      admin.signIn(username, password);
      assertTrue(admin.pageText().contains("Грешно потребителско име или парола"));
    }
  }
}
