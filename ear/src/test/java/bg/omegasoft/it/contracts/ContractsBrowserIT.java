package bg.omegasoft.it.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Browser;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Http;
import bg.omegasoft.it.support.TestDatabase;
import bg.omegasoft.shared.entity.Uic;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;

/**
 * The contracts journey in a real browser: staff register a client and record its needs assessment,
 * the administrator (the named manager) approves it, staff draft (a missing fee is refused with a
 * Bulgarian message), conclude and amend the contract, and the client page shows the contract with
 * its mark; the contract page also in English. The read-only REST API gives the vendor every
 * contract and a client administrator the company's own.
 */
@ExtendWith(ArquillianExtension.class)
class ContractsBrowserIT {

  private static final String PASSWORD = "Omex-Demo-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void staffAssessAdminApprovesStaffConcludeAndTheClientPageShowsTheContract() {
    String uic = unusedLookingUic();
    String company = "Браузър Договор " + uic + " ООД";
    try (Browser staff = new Browser();
        Browser admin = new Browser()) {
      staff.signIn("staff", PASSWORD);
      staff.open("/clients/client.xhtml");
      staff.type(By.id("form:name"), company);
      staff.type(By.id("form:uic"), uic);
      staff.clickAndWait(By.id("form:save"));
      String clientPage = staff.currentPath();
      assertEquals(
          "200",
          staff.driver().findElement(By.id("contacts:contactName")).getAttribute("maxlength"));
      assertEquals(
          "40",
          staff.driver().findElement(By.id("licences:licenceNumber")).getAttribute("maxlength"));
      staff.screenshot("client-390x844", 390, 844, By.id("contacts"));
      staff.screenshot("client-1366x900", 1366, 900, By.id("contacts"));
      assertTrue(clientPage.contains("id="), clientPage);
      assertTrue(
          staff.pageText().contains("Клиентът няма договор за обслужване."), staff.pageText());

      // the needs assessment, recorded by staff
      staff.clickAndWait(By.id("contracts:new-assessment"));
      staff.type(By.id("form:employees_input"), "35");
      staff.type(By.id("form:sites_input"), "2");
      staff.type(By.id("form:products"), "Омекс ТРЗ и ЛС");
      staff.type(By.id("form:expectedHours_input"), "4");
      staff
          .driver()
          .findElements(By.cssSelector("[id='form:wantedTypes'] .ui-chkbox-box"))
          .get(0)
          .click();
      staff
          .driver()
          .findElements(By.cssSelector("[id='form:wantedTypes'] .ui-chkbox-box"))
          .get(1)
          .click();
      staff.type(By.id("form:responseTerms"), "До 1 работен ден");
      staff.clickAndWait(By.id("form:record"));
      expectText(staff, "Оценката на нуждите е записана.");
      expectText(staff, "Чака решение на ръководител");
      String assessmentPage = staff.currentPath();

      // the named manager approves
      admin.signIn("admin", PASSWORD);
      admin.open(assessmentPage);
      admin.driver().findElement(By.cssSelector("[id='decide:statement'] .ui-chkbox-box")).click();
      expect(admin, By.id("decide:approve"), "Оценката е одобрена.");
      assertTrue(admin.pageText().contains("Анна Иванова, "), admin.pageText());
      assertFalse(admin.pageText().contains("(admin)"), "names, not user names");
      assertTrue(admin.pageText().contains("Стефан Димитров, "), "who recorded it");

      // staff draft the contract and conclude it
      staff.open(assessmentPage);
      expectText(staff, "Одобрена");
      staff.clickAndWait(By.id("drafted:draft"));
      LocalDate start = LocalDate.now(ZoneId.of("Europe/Sofia")).withDayOfMonth(1);
      setDate(staff, "form:startDate", start);
      setDate(staff, "form:endDate", start.plusYears(1).minusDays(1));
      staff
          .driver()
          .findElements(By.cssSelector("[id='form:covered'] .ui-chkbox-box"))
          .get(0)
          .click();
      staff
          .driver()
          .findElements(By.cssSelector("[id='form:covered'] .ui-chkbox-box"))
          .get(1)
          .click();
      staff.type(By.id("form:includedHours_input"), "4");
      staff.clickAndWait(By.id("form:save"));
      expectText(staff, "Таксата трябва да е по-голяма от 0.");
      staff.type(By.id("form:fee_input"), "180");
      staff.type(By.id("form:discount_input"), "10");
      staff.clickAndWait(By.id("form:save"));
      expectText(staff, "Проект");
      expect(staff, By.id("actions:conclude"), "Договорът е сключен под №");
      Matcher found = Pattern.compile("\\d{4}-\\d{4}").matcher(staff.pageText());
      assertTrue(found.find(), staff.pageText());
      String number = found.group();
      assertTrue(staff.pageText().contains("Сключен"), staff.pageText());
      assertTrue(
          staff.pageText().contains("Абонаментна такса") || staff.pageText().contains("180,00"),
          staff.pageText());
      String contractPage = staff.currentPath();

      // an amendment from next month: a second version of the terms, the first kept
      staff.clickAndWait(By.id("actions:amend"));
      setDate(staff, "form:effectiveFrom", start.plusMonths(1));
      staff.type(By.id("form:reason"), "Повече часове през сезона");
      staff.type(By.id("form:includedHours_input"), "6");
      staff.clickAndWait(By.id("form:save"));
      expectText(staff, "Изменени условия");
      String amended = staff.pageText();
      assertTrue(amended.contains("Повече часове през сезона"), amended);
      assertEquals(
          2,
          staff.driver().findElements(By.cssSelector("[id='versions_data'] tr")).size(),
          "both versions of the terms are listed");

      // the client page shows the contract and the mark it set
      staff.open(clientPage);
      expectText(staff, number);
      assertTrue(staff.has(By.linkText(number)), "the contract is linked");
      String text = staff.pageText();
      assertTrue(text.contains("Сключен"), text);
      assertTrue(
          staff.has(By.cssSelector("[id='contracts:mark'].ui-tag-success")), "the mark is set");

      // the contract page in English
      admin.clickAndWait(By.id("menuForm:lang-en"));
      admin.open(contractPage);
      expectText(admin, "Terms in force");
      String english = admin.pageText();
      assertTrue(english.contains("Concluded"), english);
      assertTrue(english.contains("History of changes"), english);
      assertTrue(
          english.contains("I confirm that OmegaSoft can deliver the volume and quality asked."),
          english);
      assertTrue(english.contains(number), english);
    }
  }

  @Test
  void theApiGivesTheVendorEveryContractAndTheClientAdministratorItsOwn() throws Exception {
    String finance = TestDatabase.tokenFor("finance");
    String clientAdmin = TestDatabase.tokenFor("clientadmin");

    HttpResponse<String> all = Http.get("/api/v1/contracts", "Authorization", "Bearer " + finance);
    assertEquals(200, all.statusCode(), all.body());
    JsonArray every = Json.createReader(new StringReader(all.body())).readArray();
    JsonObject demetra =
        every.getValuesAs(JsonObject.class).stream()
            .filter(c -> "2026-0001".equals(c.getString("number", null)))
            .findFirst()
            .orElseThrow(() -> new AssertionError(all.body()));
    assertEquals("201234563", demetra.getString("clientUic"));
    JsonObject current = demetra.getJsonObject("current");
    assertEquals("MONTHLY", current.getString("feePeriod"));
    assertEquals("180.00", current.getJsonObject("fee").getString("amount"));
    assertEquals("EUR", current.getJsonObject("fee").getString("currency"));
    assertTrue(every.size() >= 2, all.body());

    HttpResponse<String> own =
        Http.get("/api/v1/contracts", "Authorization", "Bearer " + clientAdmin);
    assertEquals(200, own.statusCode(), own.body());
    JsonArray mine = Json.createReader(new StringReader(own.body())).readArray();
    assertTrue(
        mine.getValuesAs(JsonObject.class).stream()
            .allMatch(c -> "201234563".equals(c.getString("clientUic"))),
        own.body());
    JsonObject detail =
        Http.json(
            Http.get(
                "/api/v1/contracts/" + demetra.getJsonNumber("id").longValue(),
                "Authorization",
                "Bearer " + clientAdmin));
    assertEquals(
        "2026-01-01",
        detail.getJsonArray("fees").getJsonObject(0).getString("periodStart"),
        "contract-fee periods from the start");
    JsonObject balkan =
        every.getValuesAs(JsonObject.class).stream()
            .filter(c -> "204587312".equals(c.getString("clientUic")))
            .findFirst()
            .orElseThrow();
    HttpResponse<String> other =
        Http.get(
            "/api/v1/contracts/" + balkan.getJsonNumber("id").longValue(),
            "Authorization",
            "Bearer " + clientAdmin);
    assertEquals(404, other.statusCode(), "another company's contract is not found");
    assertEquals(401, Http.get("/api/v1/contracts").statusCode());
  }

  private static void expect(Browser browser, By target, String text) {
    try {
      browser.clickAndExpect(target, text);
    } catch (TimeoutException e) {
      throw new AssertionError(
          "Expected '" + text + "' but the page said: " + browser.pageText(), e);
    }
  }

  private static void expectText(Browser browser, String text) {
    try {
      browser.waitForText(text);
    } catch (TimeoutException e) {
      throw new AssertionError(
          "Expected '" + text + "' but the page said: " + browser.pageText(), e);
    }
  }

  /** Sets a date picker's day through the widget's own API, as its calendar does. */
  private static void setDate(Browser browser, String id, LocalDate day) {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "PrimeFaces.getWidgetById(arguments[0]).setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));",
            id,
            day.getYear(),
            day.getMonthValue(),
            day.getDayOfMonth());
  }

  private static String unusedLookingUic() {
    while (true) {
      String uic =
          String.format("%09d", ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
      if (Uic.Validator.isValidUic(uic)) {
        return uic;
      }
    }
  }
}
