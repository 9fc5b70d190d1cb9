package bg.omegasoft.it.organisation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Browser;
import bg.omegasoft.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The business calendar and the response report in a real browser: an administrator sees the
 * holidays and moved rest days of 2027 by name, and a contract's month of response clocks.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarBrowserIT {

  private static final String ADMIN_PASSWORD = "Omex-Demo-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void theAdministratorSeesTheYearsHolidaysAndMovedRestDays() {
    try (Browser admin = new Browser()) {
      admin.signIn("admin", ADMIN_PASSWORD);
      admin.open("/organisation/calendar.xhtml");
      admin.choose("year-form:year", "2027");
      admin.clickAndExpect(By.id("year-form:show"), "Неработни дни през 2027");
      String text = admin.pageText();
      assertTrue(text.contains("24.05.2027"), text);
      assertTrue(text.contains("Ден на светите братя Кирил и Методий"), text);
      assertTrue(text.contains("30.04.2027") && text.contains("Велики петък"), text);
      // Labour Day falls on Saturday 1 May 2027: the rest day moves to Tuesday 4 May
      assertTrue(text.contains("04.05.2027"), text);
      assertTrue(text.contains("Почивен ден вместо Ден на труда"), text);
      admin.screenshot("calendar-1366x900", 1366, 900);
      admin.screenshot("calendar-390x844", 390, 844);
    }
  }

  @Test
  void staffSeeAContractsMonthOfResponseClocks() {
    try (Browser admin = new Browser()) {
      admin.signIn("admin", ADMIN_PASSWORD);
      admin.open("/servicedesk/response-report.xhtml");
      admin.clickAndExpect(By.id("form:show"), "Спазени");
      assertTrue(admin.has(By.id("total")), admin.pageText());
      assertTrue(admin.has(By.id("form:rows")), admin.pageText());
      admin.screenshot("response-report-1366x900", 1366, 900);
      admin.screenshot("response-report-390x844", 390, 844);
    }
  }
}
