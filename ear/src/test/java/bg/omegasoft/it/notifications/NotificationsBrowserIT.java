package bg.omegasoft.it.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Browser;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.RawHttp;
import bg.omegasoft.it.support.TestDatabase;
import bg.omegasoft.it.support.WebSession;
import jakarta.json.Json;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The bell in a real browser: an offer requested on the public site tells staff (offer waiting);
 * the bell shows the unread count (also as its accessible name), its panel lists the new request, a
 * click on it opens the request and marks it read; the notifications page lists it; on a phone the
 * bell is there too.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void theBellCountsListsAndOpensAnOfferWaiting() throws Exception {
    String topic = "Обучение по ТРЗ " + UUID.randomUUID().toString().substring(0, 6);
    RawHttp.Answer created =
        RawHttp.request("POST", "/api/v1/offer-requests")
            .header("Content-Type", "application/json")
            .body(
                Json.createObjectBuilder()
                    .add("name", "Стоян Гешев")
                    .add("company", "Родопа Мляко ООД")
                    .add("email", "office@rodopa-mlyako.bg")
                    .add("phone", "+359 301 6 22 33")
                    .add("topic", topic)
                    .add("message", "Двама души, начално ниво.")
                    .build()
                    .toString())
            .from("127.0.41." + ThreadLocalRandom.current().nextInt(2, 250))
            .send();
    assertEquals(201, created.status(), created.text());
    String number =
        Json.createReader(new StringReader(created.text())).readObject().getString("number");

    try (Browser staff = new Browser()) {
      staff.signIn("staff", WebSession.DEMO_PASSWORD);
      // the size of the screenshots from the start: a resize closes an open panel
      staff.driver().manage().window().setSize(new Dimension(1366, 900));
      staff.open("/index.xhtml");
      WebElement badge = staff.driver().findElement(By.id("menuForm:bell-badge"));
      int shown = Integer.parseInt(badge.getText().replace("+", ""));
      assertTrue(shown >= 1, badge.getText());
      String name =
          staff.driver().findElement(By.id("menuForm:bell")).getDomProperty("textContent");
      assertTrue(name.contains("Известия: ") && name.contains(" непрочетени"), name);

      By item =
          By.xpath(
              "//div[@id='notice-panel']//a[contains(@class,'omex-notice-link')][contains(., '"
                  + number
                  + "')]");
      staff.driver().findElement(By.id("menuForm:bell")).click();
      staff.waitForText("Запитване за оферта " + number);
      staff.screenshot("bell-panel-1366x900", 1366, 900);
      staff.clickAndWait(item);
      assertTrue(staff.currentPath().startsWith("/servicedesk/offers.xhtml"), staff.currentPath());
      // the offers page opens on the longest waiting offers (other tests' too), all awaiting
      // contact
      assertTrue(staff.pageText().contains("Чака контакт"), "the offers waiting for a contact");
      assertTrue(readAt("offer-waiting:" + number), "opened is read");

      staff.open("/notifications/notifications.xhtml");
      staff.waitForText("Запитване за оферта " + number);
      staff.screenshot("notifications-1366x900", 1366, 900);
      staff.screenshot("notifications-390x844", 390, 844);

      staff.open("/index.xhtml");
      staff.screenshot("header-390x844", 390, 844);
      WebElement bell = staff.driver().findElement(By.id("menuForm:bell"));
      assertTrue(bell.isDisplayed(), "the bell on a phone");
      bell.click();
      staff.waitForText("Всички известия");
      staff.screenshot("bell-panel-390x844", 390, 844);
    }
  }

  private static boolean readAt(String key) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "select n.read_at from notification n join app_user u on u.id = n.recipient_id"
                    + " where u.username = 'staff' and n.dedup_key = ?")) {
      s.setString(1, key);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() && rows.getTimestamp(1) != null;
      }
    }
  }
}
