package bg.omegasoft.it.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Browser;
import bg.omegasoft.it.support.Deployments;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * A client without a portal account, from the request to billable work, in a real browser: a
 * contact of the client files a request on the public web form and confirms it by the mailed link;
 * staff triage it, book a remote session, log the work and sign the protocol; the contact receives
 * the protocol by e-mail and accepts it on the page of the e-mailed link, with no account; the work
 * is then billable.
 */
@ExtendWith(ArquillianExtension.class)
class AcceptanceJourneyBrowserIT {

  private static final String PASSWORD = "Omex-Demo-2026";
  private static final String PETAR = "petar.kolev@demetra-agro.bg";
  private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void aClientWithoutAnAccountAcceptsTheProtocolByTheMailedLinkAndTheWorkIsBillable()
      throws Exception {
    String problem = "Болничните не се изчисляват " + UUID.randomUUID().toString().substring(0, 6);
    try (MailServer mail = MailServer.smtp()) {
      String number;
      try (Browser client = new Browser()) {
        client.open("/public/request.xhtml");
        client.type(By.id("form:uic"), "201234563");
        client.type(By.id("form:contactName"), "Петър Колев");
        client.type(By.id("form:email"), PETAR);
        client.type(By.id("form:description"), problem);
        client.driver().findElement(By.cssSelector("#form\\:consent .ui-chkbox-box")).click();
        client.clickAndWait(By.id("form:submit"));
        Matcher found = Pattern.compile("SR-\\d{4}-\\d{6}").matcher(client.pageText());
        assertTrue(found.find(), client.pageText());
        number = found.group();
        client.open(linkIn(mailAbout(mail, number, "/public/confirm.xhtml"), "confirm"));
        client.clickAndWait(By.id("form:confirm"));
        assertTrue(client.pageText().contains("Заявката е потвърдена"), client.pageText());
      }

      try (Browser staff = new Browser()) {
        staff.signIn("staff", PASSWORD);
        staff.open("/servicedesk/requests.xhtml?queue=NEW");
        staff.clickAndWait(By.linkText(number));
        assertTrue(staff.pageText().contains("Деметра Агро ЕООД"), staff.pageText());
        expect(staff, By.id("triage:save-triage"), "Заявката е разпределена");
        staffAnswersTheClient(staff, mail, number);
        staff.clickAndWait(By.cssSelector("[id='actions:dispatch'] a"));
        LocalDateTime start = ServiceDeskBrowserIT.futureWeekdayAfternoon();
        choose(staff, "form:consultant", "Стефан Димитров");
        typeDate(staff, "form:start", start);
        typeDate(staff, "form:end", start.plusHours(1));
        staff.type(By.id("form:tool"), "AnyDesk");
        expect(staff, By.id("form:book"), "е насрочена");

        staff.clickAndWait(By.linkText(number));
        expect(staff, By.id("actions:start"), "Работата по заявката започна");
        LocalDateTime workEnd =
            LocalDateTime.now(ZoneId.of("Europe/Sofia")).withSecond(0).withNano(0);
        typeDate(staff, "work:workStart", workEnd.minusMinutes(90));
        typeDate(staff, "work:workEnd", workEnd);
        staff.type(By.id("work:workDone"), "Корекция на болничните за ноември");
        expect(staff, By.id("work:log-work"), "Времето е записано");
        staff.type(By.id("protocol:protocolWork"), "Корекция на настройките за болнични");
        staff.type(By.id("protocol:protocolResult"), "Болничните за ноември са верни");
        expect(staff, By.id("protocol:write-protocol"), "Протоколът е подписан");
        assertTrue(staff.has(By.id("received:record-answer")), "staff may record a paper answer");
      }

      try (Browser client = new Browser()) {
        String link = linkIn(mailAbout(mail, number, "/public/protocol.xhtml"), "protocol");
        client.open(link);
        String page = client.pageText();
        assertTrue(page.contains(number), page);
        assertTrue(page.contains("Стефан Димитров"), "the consultant's full name: " + page);
        assertTrue(page.contains("Корекция на настройките за болнични"), page);
        assertTrue(page.contains("1,5"), "the hours: " + page);
        client.screenshot("protocol-link-1366x900", 1366, 900);
        client.screenshot("protocol-link-390x844", 390, 844);
        assertEquals(
            Boolean.FALSE,
            ((JavascriptExecutor) client.driver())
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth;"),
            "no sideways scroll at 390 px");
        client.type(By.id("accept:signer"), "Петър Колев");
        choose(client, "accept:rating", "4");
        client.type(By.id("accept:comment"), "Бързо и точно");
        expect(client, By.id("accept:do-accept"), "Протоколът е приет");
        client.screenshot("protocol-link-accepted-390x844", 390, 844);

        client.open(link);
        assertTrue(
            client.pageText().contains("Протоколът вече е получил отговор"), client.pageText());
        assertFalse(client.has(By.id("accept:do-accept")), "the link answers once");
      }

      assertEquals(
          1,
          Rows.count(
              "select count(*) from service_request r join service_protocol p"
                  + " on p.request_id = r.id where r.number = ? and r.status = 'PROTOCOL_ACCEPTED'"
                  + " and r.billable = true and r.client_id is not null"
                  + " and p.answered_via = 'LINK' and p.client_signer = 'Петър Колев'",
              number),
          "accepted by the link, the work is billable");
    }
  }

  /**
   * The step where staff answer the client in the request's conversation; for now it checks that
   * the conversation is on the request's page.
   */
  /** Staff answer the client from the request page; the answer reaches him by e-mail. */
  private static void staffAnswersTheClient(Browser staff, MailServer mail, String number)
      throws Exception {
    String answer = "Здравейте, г-н Колев, ще поправим болничните при дистанционна сесия.";
    staff.type(By.id("reply:text"), answer);
    expect(staff, By.id("reply:send"), "Отговорът е изпратен.");
    String thread = staff.driver().findElement(By.id("conversation")).getText();
    assertTrue(thread.contains(answer), thread);
    assertTrue(mailAbout(mail, number, answer).contains(answer));
  }

  private static String mailAbout(MailServer mail, String number, String containing)
      throws Exception {
    MimeMessage found =
        Eventually.until(
            Duration.ofSeconds(60),
            () ->
                mail.receivedBy(PETAR).stream()
                    .filter(m -> MailIntakeIT.subjectOf(m).contains(number))
                    .filter(m -> MailIntakeIT.bodyOf(m).contains(containing))
                    .findFirst()
                    .orElse(null),
            m -> m != null);
    return MailIntakeIT.bodyOf(found);
  }

  private static String linkIn(String body, String page) {
    Matcher link =
        Pattern.compile("(/public/" + page + "\\.xhtml\\?(token|t)=[A-Za-z0-9_-]+)").matcher(body);
    assertTrue(link.find(), body);
    return link.group(1);
  }

  private static void expect(Browser browser, By target, String text) {
    try {
      browser.clickAndExpect(target, text);
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "Expected '" + text + "' but the page said: " + browser.pageText(), e);
    }
  }

  private static void choose(Browser browser, String id, String label) {
    Object done =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "var select = document.getElementById(arguments[0] + '_input');"
                    + "for (var i = 0; i < select.options.length; i++) {"
                    + "  if (select.options[i].text.indexOf(arguments[1]) === 0) {"
                    + "    PrimeFaces.getWidgetById(arguments[0]).selectValue(select.options[i].value);"
                    + "    return true; } }"
                    + "return false;",
                id,
                label);
    assertEquals(Boolean.TRUE, done, label + " is offered in " + id);
  }

  private static void typeDate(Browser browser, String id, LocalDateTime when) {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "PrimeFaces.getWidgetById(arguments[0]).setDate("
                + "new Date(arguments[1], arguments[2] - 1, arguments[3], arguments[4], arguments[5]));",
            id,
            when.getYear(),
            when.getMonthValue(),
            when.getDayOfMonth(),
            when.getHour(),
            when.getMinute());
    Object text =
        ((JavascriptExecutor) browser.driver())
            .executeScript("return document.getElementById(arguments[0] + '_input').value;", id);
    assertEquals(when.format(TYPED), text);
  }
}
