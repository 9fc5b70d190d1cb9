package bg.omegasoft.it.servicedesk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Browser;
import bg.omegasoft.it.support.Deployments;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The express pages in a real browser, on a laptop and a phone: staff plan an express duty shift
 * over the next night and remove it again, the dispatch page says who is on duty, and the express
 * report opens for staff and for finance.
 */
@ExtendWith(ArquillianExtension.class)
class ExpressPagesBrowserIT {

  private static final String PASSWORD = "Omex-Demo-2026";
  private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void staffPlanAndRemoveAShiftAndReadTheReport() {
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Sofia")).plusDays(1);
    try (Browser staff = new Browser()) {
      staff.signIn("staff", PASSWORD);
      staff.open("/servicedesk/duty.xhtml");
      staff.waitForText("Дежурства за експресни заявки");
      staff.choose("form:consultant", "Стефан Димитров");
      staff.typeDate("form:from", TYPED.format(tomorrow.atTime(18, 0)));
      staff.typeDate("form:to", TYPED.format(tomorrow.plusDays(1).atTime(9, 0)));
      staff.clickAndExpect(By.id("form:add"), "Смяната на Стефан Димитров е добавена.");
      staff.screenshot("express-duty-1366", 1366, 900);
      staff.screenshot("express-duty-390", 390, 844);
      assertNoSidewaysScroll(staff);

      staff.open("/servicedesk/dispatch.xhtml");
      staff.waitForText("Дежурен сега");

      staff.open("/servicedesk/duty.xhtml");
      staff.waitForText("Дежурства за експресни заявки");
      if (tomorrow.getDayOfWeek() == DayOfWeek.MONDAY) {
        staff.clickAndWait(By.id("form:next"));
      }
      staff.waitForText("Стефан Димитров");
      staff.driver().findElement(By.cssSelector("[id$=':remove']")).click();
      staff.clickAndExpect(By.cssSelector(".ui-confirmdialog-yes"), "Смяната е премахната.");

      staff.open("/servicedesk/express-report.xhtml?month=2027-05");
      staff.waitForText("Отчет за експресните заявки");
      staff.waitForText("Изпълнени в срок");
      staff.screenshot("express-report-1366", 1366, 900);
      staff.screenshot("express-report-390", 390, 844);
      assertNoSidewaysScroll(staff);
      staff.open("/servicedesk/express-report.xhtml?month=not-a-month");
      staff.waitForText("Отчет за експресните заявки");
    }
    try (Browser finance = new Browser()) {
      finance.signIn("finance", PASSWORD);
      finance.open("/servicedesk/express-report.xhtml");
      finance.waitForText("Отчет за експресните заявки");
    }
  }

  private static void assertNoSidewaysScroll(Browser browser) {
    Object wider =
        ((JavascriptExecutor) browser.driver())
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
    assertTrue(Boolean.FALSE.equals(wider), "no sideways scroll at 390 px");
  }
}
