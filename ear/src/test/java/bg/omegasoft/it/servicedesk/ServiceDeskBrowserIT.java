package bg.omegasoft.it.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Browser;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.organisation.entity.WorkingCalendar;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
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

/**
 * The service desk's main journey in a real browser: a client files a request on the public web
 * form and confirms it with the link mailed to the address given; staff triage and dispatch it on
 * the calendar; the client receives the e-mail with the calendar invitation (.ics); the consultant
 * logs the work and signs the protocol; the client administrator accepts it in the portal (in
 * English), which makes the work billable. The request form links to the privacy notice.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceDeskBrowserIT {

  private static final String PASSWORD = "Omex-Demo-2026";
  private static final String MARIA = "maria.georgieva@demetra-agro.bg";
  private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void aWebFormRequestIsDispatchedInvitedWorkedAndAcceptedByTheClient() throws Exception {
    String problem = "Нощният труд не се изчислява " + UUID.randomUUID().toString().substring(0, 6);
    try (MailServer mail = MailServer.smtp()) {
      String number;
      try (Browser client = new Browser()) {
        client.open("/public/request.xhtml");
        client.type(By.id("form:uic"), "201234563");
        client.type(By.id("form:contactName"), "Мария Георгиева");
        client.type(By.id("form:email"), MARIA);
        client.type(By.id("form:description"), problem);
        client.driver().findElement(By.cssSelector("#form\\:consent .ui-chkbox-box")).click();
        client.clickAndWait(By.id("form:submit"));
        String text = client.pageText();
        Matcher found = Pattern.compile("SR-\\d{4}-\\d{6}").matcher(text);
        assertTrue(found.find(), text);
        number = found.group();
        assertTrue(text.contains("Заявката е записана под номер"), text);
        assertTrue(text.contains("Изпратихме писмо на " + MARIA), text);

        String held = number;
        MimeMessage confirmation =
            Eventually.until(
                Duration.ofSeconds(40),
                () ->
                    mail.receivedBy(MARIA).stream()
                        .filter(m -> MailIntakeIT.subjectOf(m).contains(held))
                        .findFirst()
                        .orElse(null),
                m -> m != null);
        Matcher link =
            Pattern.compile("(/public/confirm\\.xhtml\\?token=[A-Za-z0-9_-]+)")
                .matcher(MailIntakeIT.bodyOf(confirmation));
        assertTrue(link.find(), MailIntakeIT.bodyOf(confirmation));
        client.open(link.group(1));
        client.clickAndWait(By.id("form:confirm"));
        assertTrue(client.pageText().contains("Заявката е потвърдена"), client.pageText());
      }

      try (Browser staff = new Browser()) {
        staff.signIn("staff", PASSWORD);
        staff.open("/servicedesk/requests.xhtml?queue=NEW");
        staff.clickAndWait(By.linkText(number));
        assertTrue(
            staff.pageText().contains("Деметра Агро ЕООД"),
            "identified by UIC and the contact's address");
        assertTrue(staff.pageText().contains(MARIA), "the consent shows who gave it");
        expect(staff, By.id("triage:save-triage"), "Заявката е разпределена");
        staff.clickAndWait(By.cssSelector("[id='actions:dispatch'] a"));

        LocalDateTime start = futureWeekdayAfternoon();
        choose(staff, "form:consultant", "Стефан Димитров");
        typeDate(staff, "form:start", start);
        typeDate(staff, "form:end", start.plusHours(1));
        staff.type(By.id("form:tool"), "AnyDesk");
        staff.type(By.id("form:sessionId"), "812 555 301");
        expect(staff, By.id("form:book"), "е насрочена");
        assertTrue(staff.pageText().contains("Насрочена"), staff.pageText());

        MimeMessage invitation =
            Eventually.until(
                Duration.ofSeconds(40),
                () ->
                    mail.receivedBy(MARIA).stream()
                        .filter(
                            m ->
                                MailIntakeIT.subjectOf(m).contains(number)
                                    && MailIntakeIT.bodyOf(m).contains("BEGIN:VCALENDAR"))
                        .findFirst()
                        .orElse(null),
                m -> m != null);
        String ics = MailIntakeIT.bodyOf(invitation);
        assertTrue(ics.contains("METHOD:REQUEST"), ics);
        assertTrue(ics.contains("SEQUENCE:0"), ics);
        assertTrue(ics.contains("UID:service-request-"), ics);
        assertTrue(ics.contains("AnyDesk"), ics);
        String utcStart =
            start
                .atZone(ZoneId.of("Europe/Sofia"))
                .withZoneSameInstant(ZoneId.of("UTC"))
                .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        assertTrue(ics.contains("DTSTART:" + utcStart), ics);
        assertTrue(MailIntakeIT.bodyOf(invitation).contains("Стефан Димитров"), "when and by whom");

        staff.clickAndWait(By.linkText(number));
        expect(staff, By.id("actions:start"), "Работата по заявката започна");
        LocalDateTime workEnd =
            LocalDateTime.now(ZoneId.of("Europe/Sofia")).withSecond(0).withNano(0);
        typeDate(staff, "work:workStart", workEnd.minusMinutes(45));
        typeDate(staff, "work:workEnd", workEnd);
        staff.type(By.id("work:workDone"), "Коригирана настройка на нощния труд");
        expect(staff, By.id("work:log-work"), "Времето е записано");
        assertTrue(staff.pageText().contains("Коригирана настройка на нощния труд"));
        staff.type(
            By.id("protocol:protocolWork"), "Коригирана настройка на нощния труд за охраната");
        staff.type(By.id("protocol:protocolResult"), "Ведомостта за ноември е вярна");
        expect(staff, By.id("protocol:write-protocol"), "Протоколът е подписан");
        assertTrue(staff.pageText().contains("очаква потвърждение от клиента"));
        String signed = staff.driver().findElement(By.id("protocol:written")).getText();
        assertTrue(signed.contains("Стефан Димитров, "), "the protocol names its consultant");
        assertFalse(signed.contains("staff"), "names, not user names: " + signed);
        String log = staff.driver().findElement(By.id("work:log")).getText();
        assertTrue(log.contains("Стефан Димитров"), "the work log names its consultant: " + log);
        staff.screenshot("staff-request-1366x900", 1366, 900, By.id("protocol:written"));
        staff.screenshot("staff-request-390x844", 390, 844, By.id("protocol:written"));
      }

      try (Browser admin = new Browser()) {
        admin.signIn("clientadmin", PASSWORD);
        admin.clickAndWait(By.id("menuForm:lang-en"));
        admin.open("/servicedesk/portal/requests.xhtml");
        assertTrue(admin.pageText().contains("Company requests"), admin.pageText());
        admin.clickAndWait(By.linkText(number));
        assertTrue(admin.pageText().contains("Стефан Димитров"), "the client sees by whom");
        assertTrue(
            admin.pageText().contains("awaiting the client's confirmation"), admin.pageText());
        admin
            .driver()
            .findElements(By.cssSelector("#decide\\:rating .ui-rating-star a"))
            .get(4)
            .click();
        admin.type(By.id("decide:comment"), "Quick and precise");
        expect(admin, By.id("decide:accept"), "The protocol is accepted");
        assertTrue(admin.pageText().contains("Protocol accepted"), admin.pageText());
        assertTrue(admin.pageText().contains("5/5"), admin.pageText());
        String protocol = admin.driver().findElement(By.id("protocol")).getText();
        assertTrue(protocol.contains("Стефан Димитров, "), "signed by the consultant: " + protocol);
        assertTrue(protocol.contains("Мария Георгиева"), "accepted by the client: " + protocol);
        assertFalse(protocol.contains("staff"), "names, not user names: " + protocol);
        assertFalse(protocol.contains("clientadmin"), "names, not user names: " + protocol);
        admin.screenshot("portal-request-1366x900", 1366, 900, By.id("protocol"));
        admin.screenshot("portal-request-390x844", 390, 844, By.id("protocol"));
        // the language is remembered for the user: give the other tests the client administrator
        // as they find it
        admin.clickAndWait(By.id("menuForm:lang-bg"));
      }
      List<?> accepted =
          Rows.query(
              "select id from service_request where number = ? and status = 'PROTOCOL_ACCEPTED' and billable = true",
              number);
      assertEquals(1, accepted.size(), "accepted work is billable");
    }
  }

  @Test
  void theRequestFormLinksToThePrivacyNoticeInBothLanguages() {
    try (Browser visitor = new Browser()) {
      visitor.open("/public/request.xhtml");
      assertTrue(
          visitor.pageText().contains("Данните Ви се обработват, за да отговорим на заявката."),
          visitor.pageText());
      visitor.screenshot("privacy-request-1366", 1366, 900, By.id("privacy-notice"));
      visitor.screenshot("privacy-request-390", 390, 844, By.id("privacy-notice"));
      assertTrue(visitor.has(By.id("footer-privacy")), "the footer links to the notice");

      visitor.clickAndWait(By.id("form:privacy-link"));
      assertTrue(visitor.currentPath().startsWith("/public/privacy.xhtml"), visitor.currentPath());
      String bulgarian = visitor.pageText();
      assertTrue(bulgarian.contains("Политика за поверителност"), bulgarian);
      assertTrue(bulgarian.contains("Администратор на личните данни е ОмегаСофт ООД"), bulgarian);
      assertTrue(bulgarian.contains("ЕИК 131578107"), bulgarian);
      assertTrue(bulgarian.contains("КЗЛД"), bulgarian);
      assertTrue(bulgarian.contains("www.cpdp.bg"), bulgarian);
      assertTrue(
          bulgarian.contains("само чрез системата за обмен на лични данни (PDM)"), bulgarian);
      assertTrue(Pattern.compile("до \\d+ дни, се изтрива").matcher(bulgarian).find(), bulgarian);
      visitor.screenshot("privacy-bg-1366", 1366, 900);
      visitor.screenshot("privacy-bg-390", 390, 844);
      visitor.screenshot("privacy-bg-390-rights", 390, 844, By.id("complaint"));

      visitor.clickAndWait(By.id("langForm:lang-en"));
      String english = visitor.pageText();
      assertTrue(english.contains("Privacy notice"), english);
      assertTrue(
          english.contains("The controller of your personal data is ОмегаСофт ООД"), english);
      assertTrue(english.contains("Commission for Personal Data Protection (CPDP, КЗЛД)"), english);
      assertTrue(english.contains("only through the personal data exchange system (PDM)"), english);
      visitor.screenshot("privacy-en-1366", 1366, 900);
    }
  }

  @Test
  void aPhoneCallOnTheSecondLineIsRecordedAndListedWithItsLine() {
    String caller = "Петър Колев " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser staff = new Browser()) {
      staff.signIn("staff", PASSWORD);
      staff.open("/servicedesk/phone.xhtml");
      if (staff.has(By.id("notes:end"))) {
        staff.clickAndWait(By.id("notes:end"));
      }
      assertEquals(
          "+359 2 439 68 60",
          staff.driver().findElement(By.id("start:line_label")).getText(),
          "the organisation's first line is the default");
      staff.screenshot("phone-start-390", 390, 844);
      staff.screenshot("phone-start-1366", 1366, 900);
      staff.type(By.id("start:callerName"), caller);
      staff.choose("start:line", "0700 45654");
      staff.clickAndWait(By.id("start:start-call"));
      String current = staff.driver().findElement(By.id("current")).getText();
      assertTrue(current.contains(caller) && current.contains("0700 45654"), current);
      assertFalse(current.matches("(?s).*\\b600\\b.*"), "the norm comes from the setting");
      assertTrue(current.contains("5–10 минути"), current);
      staff.screenshot("phone-call-390", 390, 844);
      staff.screenshot("phone-call-1366", 1366, 900);
      staff.clickAndWait(By.id("notes:end"));
      String row =
          staff
              .driver()
              .findElement(
                  By.xpath("//*[@id='stats:recent']//tr[td[contains(., '" + caller + "')]]"))
              .getText();
      assertTrue(row.contains("0700 45654"), row);
      String figures = staff.driver().findElement(By.id("figures")).getText();
      assertTrue(figures.contains("Линия 0700 45654"), figures);
      staff.screenshot("phone-list-390", 390, 844, By.id("stats:recent"));
      staff.screenshot("phone-list-1366", 1366, 900, By.id("stats:recent"));
    }
    assertEquals(
        1,
        Rows.query(
                "select id from phone_call where caller_name = ? and phone_line = ?",
                caller,
                "0700 45654")
            .size(),
        "the call keeps the line that took it");
  }

  /** Clicks and waits for the text; on failure the assertion shows what the page said. */
  private static void expect(Browser browser, By target, String text) {
    try {
      browser.clickAndExpect(target, text);
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "Expected '" + text + "' but the page said: " + browser.pageText(), e);
    }
  }

  /** Picks an item of a PrimeFaces select-one menu by its label, through the widget's own API. */
  private static void choose(Browser browser, String id, String label) {
    Object done =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "var select = document.getElementById(arguments[0] + '_input');"
                    + "for (var i = 0; i < select.options.length; i++) {"
                    + "  if (select.options[i].text === arguments[1]) {"
                    + "    PrimeFaces.getWidgetById(arguments[0]).selectValue(select.options[i].value);"
                    + "    return true; } }"
                    + "return false;",
                id,
                label);
    assertEquals(Boolean.TRUE, done, label + " is offered in " + id);
  }

  /** Sets a date picker's date and time through the widget's own API, as its calendar does. */
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
    assertEquals(when.format(TYPED), text, "the picker shows the date as a person would type it");
  }

  /** A weekday 2 to 6 weeks ahead, 14:00 or 15:00 or 16:00 Sofia time. */
  /** An afternoon two to six weeks ahead on a working day of the Bulgarian calendar. */
  static LocalDateTime futureWeekdayAfternoon() {
    LocalDate day =
        LocalDate.now(ZoneId.of("Europe/Sofia"))
            .plusWeeks(2)
            .plusDays(ThreadLocalRandom.current().nextInt(28));
    // a working day of the Bulgarian calendar: no weekend, holiday or moved rest day
    while (!new WorkingCalendar(List.of()).isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day.atTime(14 + ThreadLocalRandom.current().nextInt(3), 0);
  }
}
