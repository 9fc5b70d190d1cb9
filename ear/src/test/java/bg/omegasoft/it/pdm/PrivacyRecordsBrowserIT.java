package bg.omegasoft.it.pdm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Browser;
import bg.omegasoft.it.support.Deployments;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The administrator's privacy records in a browser: the register lists the vendor's processing
 * activities with their role; a breach logged on the breach page two days after its detection shows
 * its clock as due soon. Both pages fit a phone's width; screenshots (laptop and phone) are kept
 * under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyRecordsBrowserIT {

  private static final String PASSWORD = "Omex-Demo-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void anAdministratorReadsTheRegisterAndLogsABreach() {
    try (Browser admin = new Browser()) {
      admin.signIn("admin", PASSWORD);
      admin.open("/pdm/processing-register.xhtml");
      admin.waitForText("PDM пространства на клиентите");
      String register = admin.pageText();
      assertTrue(register.contains("Обучения и сертификати"), register);
      assertTrue(register.contains("Обработващ"), register);
      admin.screenshot("privacy-register-1366x900", 1366, 900);
      admin.screenshot("privacy-register-390x844", 390, 844);
      assertFitsTheWidth(admin);

      admin.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
      admin.open("/pdm/breaches.xhtml");
      admin.waitForText("Нарушения на сигурността на личните данни");
      admin.driver().findElement(By.id("form:new")).click();
      admin.waitForText("Категории засегнати лица");
      String description = "Изпратена ведомост до грешен адрес " + UUID.randomUUID();
      LocalDateTime detected = LocalDateTime.now(ZoneId.of("Europe/Sofia")).minusHours(50);
      ((JavascriptExecutor) admin.driver())
          .executeScript(
              "PrimeFaces.getWidgetById(arguments[0]).setDate("
                  + "new Date(arguments[1], arguments[2] - 1, arguments[3], arguments[4],"
                  + " arguments[5]));",
              "form:detectedAt",
              detected.getYear(),
              detected.getMonthValue(),
              detected.getDayOfMonth(),
              detected.getHour(),
              detected.getMinute());
      admin.type(By.id("form:description"), description);
      admin.type(By.id("form:subjectCategories"), "Служители на клиент");
      admin.type(By.id("form:dataCategories"), "Имена, ЕГН, заплати");
      admin.clickAndExpect(By.id("form:save"), "Промените са записани.");
      admin.waitForText(description);
      String page = admin.pageText();
      assertTrue(
          page.contains("Изтича скоро"), "50 hours after detection the clock warns: " + page);
      admin.screenshot("privacy-breaches-1366x900", 1366, 900);
      admin.screenshot("privacy-breaches-390x844", 390, 844);
      assertFitsTheWidth(admin);
    }
  }

  private static void assertFitsTheWidth(Browser browser) {
    Object overflow =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertTrue(((Number) overflow).longValue() <= 0, "no sideways scroll: " + overflow + " px");
  }
}
