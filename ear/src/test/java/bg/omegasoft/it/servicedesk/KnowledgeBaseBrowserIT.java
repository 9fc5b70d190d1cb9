package bg.omegasoft.it.servicedesk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Browser;
import bg.omegasoft.it.support.Deployments;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The knowledge base in a real browser: the client administrator finds the published articles of
 * the demo (not the draft) from the portal and opens one with its links; a consultant on the phone
 * page mails an article to the caller, who receives it with the links.
 */
@ExtendWith(ArquillianExtension.class)
class KnowledgeBaseBrowserIT {

  private static final String PASSWORD = "Omex-Demo-2026";
  private static final String ARTICLE = "Годишно изравняване на данъка по ЗДДФЛ";
  private static final String DRAFT = "Минималната работна заплата за 2027 г.";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void theClientReadsPublishedArticlesFromThePortal() {
    try (Browser client = new Browser()) {
      client.signIn("clientadmin", PASSWORD);
      client.open("/servicedesk/portal/requests.xhtml");
      client.clickAndWait(By.cssSelector("#kb-hint a"));
      String list = client.pageText();
      assertTrue(list.contains(ARTICLE), list);
      assertFalse(list.contains(DRAFT), "a draft is not for clients: " + list);
      assertFalse(client.has(By.id("form:new-article")), "clients do not write articles");
      client.screenshot("kb-articles-1366", 1366, 900);
      client.screenshot("kb-articles-390", 390, 844);

      client.type(By.id("form:search"), "чл. 62");
      client.clickAndExpect(By.id("form:find"), "Една статия.");
      assertTrue(client.pageText().contains("Уведомление по чл. 62 КТ"), client.pageText());
      assertFalse(client.pageText().contains(ARTICLE), client.pageText());

      client.type(By.id("form:search"), "изравняване");
      client.clickAndExpect(By.id("form:find"), ARTICLE);
      client.clickAndWait(By.linkText(ARTICLE));
      String page = client.pageText();
      assertTrue(page.contains("Меню Заплати → Годишно изравняване"), page);
      WebElement doc =
          client.driver().findElement(By.xpath("//*[@id='doc']/descendant-or-self::a"));
      assertTrue(
          doc.getAttribute("href").contains("https://www.omegasoft.bg/help/omex-trz/izravnyavane"),
          doc.getAttribute("href"));
      assertTrue(client.has(By.id("forum")));
      assertFalse(client.has(By.id("edit")), "no form for clients");
      client.screenshot("kb-article-1366", 1366, 900);
      client.screenshot("kb-article-390", 390, 844);
    }
  }

  @Test
  void aConsultantMailsAnArticleToTheCallerFromThePhonePage() throws Exception {
    String caller = "kb." + UUID.randomUUID().toString().substring(0, 8) + "@example.bg";
    try (MailServer mail = MailServer.smtp();
        Browser staff = new Browser()) {
      staff.signIn("staff", PASSWORD);
      staff.open("/servicedesk/phone.xhtml");
      if (staff.has(By.id("notes:end"))) {
        // a call of this consultant left open by another test is ended first, as a person would
        staff.clickAndWait(By.id("notes:end"));
      }
      staff.type(By.id("start:callerName"), "Петя Илиева");
      staff.clickAndWait(By.id("start:start-call"));

      staff.driver().findElement(By.id("articles:chosen")).click();
      By item =
          By.xpath(
              "//div[@id='articles:chosen_panel']//li[contains(normalize-space(.), '"
                  + ARTICLE
                  + "')]//div[contains(@class,'ui-chkbox-box')]");
      staff.driver().findElement(item).click();
      staff
          .driver()
          .findElement(By.cssSelector("[id='articles:chosen_panel'] .ui-selectcheckboxmenu-close"))
          .click();
      staff.type(By.id("articles:email"), caller);
      staff.clickAndExpect(By.id("articles:send"), "Изпратени до " + caller);
      assertTrue(staff.pageText().contains(ARTICLE + " → " + caller), staff.pageText());
      staff.screenshot("kb-phone-1366", 1366, 900, By.id("articles"));
      staff.screenshot("kb-phone-390", 390, 844, By.id("articles"));

      MimeMessage sent =
          Eventually.until(
              Duration.ofSeconds(40),
              () -> mail.receivedBy(caller).stream().findFirst().orElse(null),
              m -> m != null);
      String text = MailIntakeIT.bodyOf(sent);
      assertTrue(text.contains(ARTICLE), text);
      assertTrue(text.contains("https://forum.omegasoft.bg/c/omex-trz/izravnyavane"), text);

      staff.clickAndWait(By.id("notes:end"));
    }
  }
}
