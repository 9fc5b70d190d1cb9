package bg.omegasoft.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Browser;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * PDM in the browser: the client administrator of Деметра Агро uploads a payroll file (with its
 * legal basis and purpose) in Bulgarian; the assigned consultant downloads exactly that file, in
 * English; the client administrator's audit shows both, in both languages.
 */
@ExtendWith(ArquillianExtension.class)
class PdmBrowserIT {

  private static final String PASSWORD = "Omex-Demo-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void aClientUploadsTheConsultantDownloadsAndTheAuditShowsBoth() throws Exception {
    Path work = Files.createTempDirectory("omex-pdm-browser-");
    String name = "ведомост-" + UUID.randomUUID().toString().substring(0, 8) + ".csv";
    String content = "ЕГН;Име;Заплата\n8001011234;Иван Петров;2500\n";
    Path file = work.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);

    demoAccountsInBulgarian();
    try {
      uploadDownloadAndAudit(name, content, file, work);
    } finally {
      demoAccountsInBulgarian();
    }
  }

  /** A switch to English is kept in the account: the demo accounts get their language back. */
  private static void demoAccountsInBulgarian() throws SQLException {
    try (Connection db = TestDatabase.connect();
        Statement reset = db.createStatement()) {
      reset.executeUpdate(
          "update app_user set locale = 'bg' where username in ('staff', 'clientadmin')");
    }
  }

  private void uploadDownloadAndAudit(String name, String content, Path file, Path work)
      throws Exception {
    try (Browser client = new Browser()) {
      client.signIn("clientadmin", PASSWORD);
      client.open("/pdm/spaces.xhtml");
      client.clickAndWait(By.linkText("Деметра Агро ЕООД"));
      assertTrue(client.pageText().contains("Администратор на клиента"), client.pageText());
      client.choose("upload:legalBasis", "Изпълнение на договор");
      client.type(By.id("upload:purpose"), "Ведомост за май 2026 по договора за аутсорсинг");
      client.driver().findElement(By.id("upload:purpose")).sendKeys("\t");
      wait(client).until(d -> !d.findElements(By.id("upload:file_input")).isEmpty());
      client.driver().findElement(By.id("upload:file_input")).sendKeys(file.toString());
      client.waitForText("е качен и криптиран");
      assertTrue(client.pageText().contains(name), client.pageText());
    }

    Path downloads = Files.createDirectory(work.resolve("downloads"));
    try (Browser consultant = new Browser()) {
      ((ChromeDriver) consultant.driver())
          .executeCdpCommand(
              "Browser.setDownloadBehavior",
              Map.of("behavior", "allow", "downloadPath", downloads.toString()));
      consultant.signIn("staff", PASSWORD);
      consultant.open("/pdm/spaces.xhtml");
      consultant.clickAndWait(By.id("menuForm:lang-en"));
      consultant.clickAndWait(By.linkText("Деметра Агро ЕООД"));
      assertTrue(consultant.pageText().contains("Assigned OmegaSoft staff"));
      consultant
          .driver()
          .findElement(
              By.xpath(
                  "//tr[.//strong[text()='" + name + "']]//button[.//span[text()='Download']]"))
          .click();
      Path downloaded = downloads.resolve(name);
      Instant deadline = Instant.now().plusSeconds(20);
      while (!Files.exists(downloaded) && Instant.now().isBefore(deadline)) {
        Thread.sleep(200);
      }
      assertEquals(content, Files.readString(downloaded, StandardCharsets.UTF_8));
    }

    try (Browser client = new Browser()) {
      client.signIn("clientadmin", PASSWORD);
      client.open("/pdm/spaces.xhtml");
      client.clickAndWait(By.linkText("Деметра Агро ЕООД"));
      client.clickAndWait(By.id("audit-link"));
      String bulgarian = client.pageText();
      assertTrue(bulgarian.contains("Изтегляне"), bulgarian);
      assertTrue(bulgarian.contains("Стефан Димитров"), bulgarian);
      assertTrue(bulgarian.contains("Качване"), bulgarian);
      assertTrue(bulgarian.contains("Мария Георгиева"), bulgarian);
      assertTrue(bulgarian.contains(name), bulgarian);
      client.open("/pdm/spaces.xhtml");
      client.clickAndWait(By.id("menuForm:lang-en"));
      client.clickAndWait(By.linkText("Деметра Агро ЕООД"));
      client.clickAndWait(By.id("audit-link"));
      String english = client.pageText();
      assertTrue(english.contains("Audit of the personal data: Деметра Агро ЕООД"), english);
      assertTrue(english.contains("Download"), english);
      assertTrue(english.contains("Upload"), english);
      assertTrue(english.contains("OmegaSoft"), english);
    }
  }

  private static WebDriverWait wait(Browser browser) {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
  }
}
