package bg.omegasoft.it.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Browser;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Http;
import bg.omegasoft.it.support.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The conversation as people see it: the client files a request in the portal; staff answer it from
 * a template, waiting for the client, and write an internal note; the client reads the request's
 * text and the reply (not the note) in the portal and answers there.
 */
@ExtendWith(ArquillianExtension.class)
class RequestConversationBrowserIT {

  private static final String PASSWORD = "Omex-Demo-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void staffReplyFromATemplateTheClientReadsAndAnswersInThePortalNotesStayInside()
      throws Exception {
    String subject = "Отпуските не се прехвърлят " + UUID.randomUUID().toString().substring(0, 6);
    String description = "Неизползваният отпуск от 2026 г. не се прехвърля в 2027 г.";
    try (MailServer mail = MailServer.smtp()) {
      try (Browser client = new Browser()) {
        client.signIn("clientadmin", PASSWORD);
        client.open("/servicedesk/portal/requests.xhtml");
        client.type(By.id("new:subject"), subject);
        client.type(By.id("new:description"), description);
        expect(client, By.id("new:submit"), "е приета");
      }
      Map<String, Object> request =
          Rows.query("select id, number from service_request where subject = ?", subject).get(0);
      String number = request.get("number").toString();
      String note = "Вътрешно: да се провери настройката за прехвърляне";

      try (Browser staff = new Browser()) {
        staff.signIn("staff", PASSWORD);
        staff.open("/servicedesk/request.xhtml?id=" + request.get("id"));
        staff.choose("reply:template", "Нужна е още информация (bg)");
        staff.driver().findElement(By.id("reply:use-template")).click();
        String filled =
            new WebDriverWait(staff.driver(), Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(
                    d -> {
                      String text = d.findElement(By.id("reply:text")).getDomProperty("value");
                      return text != null && text.contains(number) ? text : null;
                    });
        assertTrue(filled.contains("Мария Георгиева"), filled);
        assertTrue(filled.contains("Стефан Димитров"), filled);
        staff.driver().findElement(By.cssSelector("[id='reply:await'] .ui-chkbox-box")).click();
        expect(staff, By.id("reply:send"), "Отговорът е изпратен.");
        staff.type(By.id("note:noteText"), note);
        expect(staff, By.id("note:add-note"), "Бележката е записана.");
        String thread = staff.driver().findElement(By.id("conversation")).getText();
        assertTrue(thread.contains("вътрешна бележка"), thread);
        assertTrue(thread.contains(note), thread);
        assertTrue(thread.contains("Стефан Димитров"), "names, not user names: " + thread);
        staff.screenshot("conversation-staff-1366x900", 1366, 900, By.id("reply"));
        staff.screenshot("conversation-staff-390x844", 390, 844, By.id("reply"));
        assertEquals("", sideways(staff), "no sideways scroll at 390 px");
      }

      try (Browser client = new Browser()) {
        client.signIn("clientadmin", PASSWORD);
        client.open("/servicedesk/portal/request.xhtml?number=" + number);
        assertEquals(
            description, client.driver().findElement(By.id("description")).getText().strip());
        String thread = client.driver().findElement(By.id("conversation")).getText();
        assertTrue(thread.contains("за да продължим по заявка " + number), thread);
        assertFalse(thread.contains(note), "the note stays with the staff: " + thread);
        assertTrue(thread.contains("PDM"), "files go to PDM: " + thread);
        client.type(By.id("answer:text"), "Става дума за 12 служители от отдел Продажби.");
        expect(client, By.id("answer:send"), "Отговорът Ви е записан");
        assertTrue(
            client
                .driver()
                .findElement(By.id("conversation"))
                .getText()
                .contains("Става дума за 12 служители"));
        client.screenshot("conversation-portal-1366x900", 1366, 900, By.id("conversation"));
        client.screenshot("conversation-portal-390x844", 390, 844, By.id("conversation"));
        assertEquals("", sideways(client), "no sideways scroll at 390 px");
      }
      assertEquals(
          1,
          Rows.count(
              "select count(*) from request_message where request_id = ? and kind = 'PORTAL'"
                  + " and direction = 'IN' and author = 'clientadmin'",
              request.get("id")));
      assertEquals(
          1,
          Rows.count(
              "select count(*) from request_client_wait where request_id = ?"
                  + " and ended_at is not null",
              request.get("id")),
          "the portal answer ended the wait");

      String staffToken = TestDatabase.newSecret();
      TestDatabase.insertToken("staff", staffToken, false);
      JsonArray forStaff = messages(number, staffToken);
      assertTrue(kinds(forStaff).contains("NOTE"), forStaff.toString());
      String clientToken = TestDatabase.newSecret();
      TestDatabase.insertToken("clientadmin", clientToken, false);
      JsonArray forClient = messages(number, clientToken);
      assertFalse(kinds(forClient).contains("NOTE"), "no notes for the client: " + forClient);
      assertTrue(
          forClient.getValuesAs(JsonObject.class).stream()
              .anyMatch(
                  m ->
                      m.getString("direction").equals("IN")
                          && m.getString("from").equals("Мария Георгиева")
                          && m.getString("text").startsWith("Става дума за 12 служители")),
          forClient.toString());
    }
  }

  /** The conversation of a request as the API gives it to the token's user. */
  private static JsonArray messages(String number, String token) {
    HttpResponse<String> response =
        Http.get("/api/v1/service-requests/" + number, "Authorization", "Bearer " + token);
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response).getJsonArray("messages");
  }

  private static List<String> kinds(JsonArray messages) {
    return messages.getValuesAs(JsonObject.class).stream().map(m -> m.getString("kind")).toList();
  }

  /**
   * The elements that stick out of the window to the right (none when nothing scrolls sideways).
   */
  private static String sideways(Browser browser) {
    return (String)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "var width = document.documentElement.clientWidth;"
                    + "if (document.documentElement.scrollWidth <= width) { return ''; }"
                    + "var wide = [];"
                    + "document.querySelectorAll('body *').forEach(function (e) {"
                    + "  var box = e.getBoundingClientRect();"
                    + "  if (box.width > 0 && box.right > width + 1) {"
                    + "    wide.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(box.right)); } });"
                    + "return document.documentElement.scrollWidth + ' > ' + width + ': '"
                    + " + wide.slice(0, 12).join(' | ');");
  }

  private static void expect(Browser browser, By target, String text) {
    try {
      browser.clickAndExpect(target, text);
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "Expected '" + text + "' but the page said: " + browser.pageText(), e);
    }
  }
}
