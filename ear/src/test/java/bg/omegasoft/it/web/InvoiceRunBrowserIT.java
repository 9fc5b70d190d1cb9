package bg.omegasoft.it.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Browser;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The nightly invoicing in the browser: the batch operator starts a dry run for a billing date,
 * then the real run, watches the progress bar reach 100 % and reads the night's counts.
 */
@ExtendWith(ArquillianExtension.class)
class InvoiceRunBrowserIT {

  private static final String PASSWORD = "Omex-Demo-2026";
  private static final LocalDate DAY = LocalDate.of(2026, 11, 3);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void anOperatorRunsADryRunThenTheRealRunToTheEnd() throws Exception {
    clientsWithWork(3);
    try (Browser operator = new Browser()) {
      operator.signIn("operator", PASSWORD);
      operator.open("/operations/console.xhtml");
      operator.typeDate("run:billingDate", "03.11.2026");
      operator.type(By.id("run:itemCount_input"), "2");

      click(operator, By.id("run:start"));
      expect(operator, "Стартирано е пробно фактуриране");
      operator.waitForText("Пробно изпълнение");
      operator.waitForText("100%");

      click(operator, By.cssSelector("[id='run:dryRun'] .ui-chkbox-box"));
      click(operator, By.id("run:start"));
      expect(operator, "Стартирано е нощно фактуриране");
      operator.waitForText("Реално изпълнение");
      operator.waitForText("100%");
      String page = operator.pageText();
      assertTrue(
          page.matches("(?s).*Обработени \\(клиенти и изпратени фактури\\): (\\d+) / \\1.*"), page);
      assertTrue(page.contains("03.11.2026"), page);

      moveNightlyStart(operator, "25:00");
      expect(operator, "„25:00“ не е час във вида ЧЧ:ММ");
      moveNightlyStart(operator, "03:30");
      expect(operator, "Нощните задачи ще започват всяка нощ в 3:30 ч.");
      operator.waitForText("03:30");
      moveNightlyStart(operator, "02:00");
      expect(operator, "всяка нощ в 2:00 ч.");

      operator.clickAndWait(By.id("menuForm:lang-en"));
      operator.open("/operations/console.xhtml");
      operator.waitForText("Nightly operations");
      operator.waitForText("Real run");
      operator.waitForText("Dry run");
    }
  }

  private static void moveNightlyStart(Browser operator, String time) {
    WebElement field = operator.driver().findElement(By.id("run:startTime"));
    field.clear();
    field.sendKeys(time);
    click(operator, By.id("run:moveStart"));
  }

  /** Clicks through whatever floats above (a message, a closing date panel). */
  private static void click(Browser browser, By target) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].click()", browser.driver().findElement(target));
  }

  private static void expect(Browser browser, String text) {
    try {
      browser.waitForText(text);
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("Not on the page: " + text + "\n" + browser.pageText(), e);
    }
  }

  private static void clientsWithWork(int clients) throws SQLException {
    try (Connection db = TestDatabase.connect();
        Statement bg = db.createStatement()) {
      bg.executeUpdate("update app_user set locale = 'bg' where username = 'operator'");
      for (int i = 0; i < clients; i++) {
        String uic =
            String.valueOf(
                300_000_000L + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 99_999_999L));
        long client;
        try (PreparedStatement insert =
            db.prepareStatement(
                "insert into client (name, uic, vat_number, street, city, postcode, created_at)"
                    + " values (?, ?, ?, 'ул. Браузърна 3', 'Варна', '9000', utc_timestamp(3))",
                Statement.RETURN_GENERATED_KEYS)) {
          insert.setString(1, "Браузърна " + uic + " ООД");
          insert.setString(2, uic);
          insert.setString(3, "BG" + uic);
          insert.executeUpdate();
          try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            client = keys.getLong(1);
          }
        }
        try (PreparedStatement item =
            db.prepareStatement(
                "insert into billable_item (source_key, client_id, service_type, done_on, minutes,"
                    + " quantity, description_bg, status, registered_at) values (?, ?, 'REMOTE', ?,"
                    + " 40, 1, 'Отдалечена помощ за заплатите', 'OPEN', utc_timestamp(3))")) {
          item.setString(1, "browser-it:" + UUID.randomUUID());
          item.setLong(2, client);
          item.setObject(3, DAY);
          item.executeUpdate();
        }
      }
    }
  }
}
