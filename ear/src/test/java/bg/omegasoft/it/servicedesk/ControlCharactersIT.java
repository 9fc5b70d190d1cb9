package bg.omegasoft.it.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Browser;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Http;
import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What people type on the public forms reaches the database without control characters: a NUL and a
 * right-to-left override typed into the request form (through the API and through the page) and
 * into "request an offer" are gone, while the line breaks and tabs of free text stay.
 */
@ExtendWith(ArquillianExtension.class)
class ControlCharactersIT {

  private static final String NUL = "\u0000";
  private static final String RLO = "\u202E";
  private static final String PDF = "\u202C";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void theRequestFormOfTheApiStoresCleanText() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> response =
        PublicRequestConfirmationIT.post(
            Json.createObjectBuilder(
                    PublicRequestConfirmationIT.form(
                        "maria.georgieva@demetra-agro.bg",
                        "Фактура"
                            + NUL
                            + " "
                            + marker
                            + RLO
                            + "cod.exe"
                            + PDF
                            + "\nвтори ред\tс табулация"
                            + NUL))
                .add("contactName", "Мария" + NUL + " Георгиева" + RLO)
                .add("phone", "+359" + NUL + " 888 100 200")
                .build(),
            "bg");
    assertEquals(201, response.statusCode(), response.body());
    Map<String, Object> row =
        Rows.query(
                "select * from service_request where number = ?",
                Http.json(response).getString("number"))
            .get(0);
    assertEquals("Мария Георгиева", row.get("requester_name"));
    assertEquals("+359 888 100 200", row.get("requester_phone"));
    assertEquals("Фактура " + marker + "cod.exe", row.get("subject"));
    assertEquals("Фактура " + marker + "cod.exe\nвтори ред\tс табулация", row.get("description"));
    assertEquals("Мария Георгиева <maria.georgieva@demetra-agro.bg>", row.get("consent_given_by"));
  }

  @Test
  void theOfferFormOfTheApiStoresCleanText() {
    String topic = "Обучение" + RLO + " " + UUID.randomUUID();
    HttpResponse<String> response =
        PublicRequestConfirmationIT.post(
            "/api/v1/offer-requests",
            Json.createObjectBuilder()
                .add("name", "Стоян" + NUL + " Гешев")
                .add("company", RLO + "Родопа Мляко ООД")
                .add("email", "office@rodopa-mlyako.bg")
                .add("topic", topic)
                .add("message", "Двама" + NUL + " души,\nначално ниво.")
                .build(),
            "bg");
    assertEquals(201, response.statusCode(), response.body());
    Map<String, Object> row =
        Rows.query(
                "select * from service_request where number = ?",
                Http.json(response).getString("number"))
            .get(0);
    assertEquals("Стоян Гешев", row.get("requester_name"));
    assertEquals("Родопа Мляко ООД", row.get("company_name"));
    assertEquals(topic.replace(RLO, ""), row.get("topic"));
    assertEquals("Двама души,\nначално ниво.", row.get("description"));
  }

  @Test
  void theOfferPageCleansWhatItReceivesBeforeAnyBeanSeesIt() {
    String topic = "Оферта от страницата " + UUID.randomUUID();
    String number;
    try (Browser browser = new Browser()) {
      browser.open("/public/offer.xhtml?programme=42");
      browser.type(By.id("form:name"), "Стоян Гешев");
      browser.type(By.id("form:company"), "Родопа Мляко ООД");
      browser.type(By.id("form:email"), "office@rodopa-mlyako.bg");
      browser.type(By.id("form:topic"), topic);
      browser.type(By.id("form:message"), "Двама души.");
      // the programme travels in a hidden field whose bean keeps only a plain id: with the
      // override it would be dropped, unless the page's converter removed the override first
      Object changed =
          ((JavascriptExecutor) browser.driver())
              .executeScript(
                  "var fields = document.querySelectorAll('#form input[type=hidden]');"
                      + "for (var i = 0; i < fields.length; i++) {"
                      + "  if (fields[i].value === '42') { fields[i].value = '42' + arguments[0];"
                      + "    return true; } }"
                      + "return false;",
                  RLO);
      assertEquals(Boolean.TRUE, changed);
      browser.clickAndWait(By.id("form:submit"));
      Matcher found = Pattern.compile("SR-\\d{4}-\\d{6}").matcher(browser.pageText());
      assertTrue(found.find(), browser.pageText());
      number = found.group();
    }
    assertEquals(
        "42",
        Rows.query("select programme_ref from service_request where number = ?", number)
            .get(0)
            .get("programme_ref"));
  }

  @Test
  void theRequestPageStoresCleanText() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String number;
    try (Browser browser = new Browser()) {
      browser.open("/public/request.xhtml");
      browser.type(By.id("form:uic"), "201234563");
      browser.type(By.id("form:email"), "maria.georgieva@demetra-agro.bg");
      // a person cannot type a NUL on a keyboard, but a page can be made to send one
      ((JavascriptExecutor) browser.driver())
          .executeScript(
              "document.getElementById('form:contactName').value = arguments[0];"
                  + "document.getElementById('form:description').value = arguments[1];",
              "Мария" + NUL + " Георгиева" + RLO,
              "Страница" + NUL + " " + marker + RLO + "fdp.exe\nвтори" + NUL + " ред");
      browser.driver().findElement(By.cssSelector("#form\\:consent .ui-chkbox-box")).click();
      browser.clickAndWait(By.id("form:submit"));
      Matcher found = Pattern.compile("SR-\\d{4}-\\d{6}").matcher(browser.pageText());
      assertTrue(found.find(), browser.pageText());
      number = found.group();
    }
    Map<String, Object> row =
        Rows.query("select * from service_request where number = ?", number).get(0);
    assertEquals("Мария Георгиева", row.get("requester_name"));
    assertEquals("Страница " + marker + "fdp.exe", row.get("subject"));
    assertEquals("Страница " + marker + "fdp.exe\nвтори ред", row.get("description"));
  }
}
