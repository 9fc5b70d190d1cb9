package bg.omegasoft.it.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Browser;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The operator console in the browser: the batch operator opens it from the menu, starts a dry
 * invoice run for yesterday, sees it among the executions and opens its steps with their counts.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsBrowserIT {

  private static final String PASSWORD = "Omex-Demo-2026";
  private static final Pattern STARTED = Pattern.compile("пробно фактуриране, изпълнение (\\d+)");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void anOperatorStartsADryRunAndReadsItsSteps() throws SQLException {
    try (Connection db = TestDatabase.connect();
        Statement bulgarian = db.createStatement()) {
      bulgarian.executeUpdate("update app_user set locale = 'bg' where username = 'operator'");
    }
    try (Browser operator = new Browser()) {
      operator.signIn("operator", PASSWORD);
      operator.open("/operations/console.xhtml");
      assertTrue(operator.pageText().contains("Нощно фактуриране"), operator.pageText());
      assertTrue(operator.pageText().contains("Следващо автоматично изпълнение"));

      operator.clickAndExpect(By.id("run:start"), "Стартирано е пробно фактуриране");
      Matcher started = STARTED.matcher(operator.pageText());
      assertTrue(started.find(), operator.pageText());
      String execution = started.group(1);

      operator.waitForText("invoice-run");
      operator.clickAndExpect(By.id("executions:list:0:details"), "Стъпки – " + execution);
      operator.waitForText("collect");
      String page = operator.pageText();
      assertTrue(page.contains("Прочетени") && page.contains("Потвърждавания"), page);
      assertTrue(page.contains("Фактури и суми по нощи"), page);
    }
  }
}
