package bg.omegasoft.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The shell in a real browser: two roles see different menus, the language switches and is
 * remembered, another role's page is refused with a 403 page in the user's language, unknown pages
 * and wrong passwords get a clear answer, and signing in changes the session id.
 */
@ExtendWith(ArquillianExtension.class)
class ShellBrowserIT {

  private static final String PASSWORD = "Omex-Demo-2026";
  private static final By USERS_MENU = By.cssSelector("a[href$='/identity/users.xhtml']");
  private static final By JOBS_MENU = By.cssSelector("a[href$='/operations/jobs.xhtml']");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void twoRolesSeeDifferentMenusAndTheTraineeIsRefusedTheAdministratorsPage() {
    try (Browser browser = new Browser()) {
      browser.signIn("admin", PASSWORD);
      assertTrue(browser.pageText().contains("Добре дошли, Анна Иванова"), browser.pageText());
      assertTrue(browser.has(USERS_MENU), "the administrator sees user administration");
      assertTrue(browser.has(JOBS_MENU), "the administrator sees batch jobs");
      browser.signOut();
      assertTrue(browser.pageText().contains("Излязохте от платформата"));

      browser.signIn("trainee", PASSWORD);
      assertTrue(browser.pageText().contains("Добре дошли, Иван Петров"));
      assertFalse(browser.has(USERS_MENU), "the trainee does not see user administration");
      assertFalse(browser.has(JOBS_MENU), "the trainee does not see batch jobs");

      browser.open("/identity/users.xhtml");
      assertEquals("Нямате достъп · Омекс — обслужване на клиенти", browser.title());
      assertTrue(browser.pageText().contains("Тази страница е за други роли"));
    }
  }

  @Test
  void theLanguageSwitchesAndIsRememberedInTheAccount() {
    try (Browser browser = new Browser()) {
      browser.signIn("operator", PASSWORD);
      assertTrue(browser.has(JOBS_MENU), "the operator sees batch jobs");
      browser.clickAndWait(By.id("menuForm:lang-bg"));
      assertTrue(browser.pageText().contains("Добре дошли"), browser.pageText());

      browser.clickAndWait(By.id("menuForm:lang-en"));
      assertTrue(browser.pageText().contains("Welcome, Огнян Стоянов"), browser.pageText());
      assertTrue(browser.pageText().contains("Sign out"));
      browser.signOut();

      try (Browser another = new Browser()) {
        another.signIn("operator", PASSWORD);
        assertTrue(another.pageText().contains("Welcome"), "English is kept in the account");
        another.open("/identity/users.xhtml");
        assertEquals("Access denied · Omex client service", another.title());
        another.clickAndWait(By.id("langForm:lang-bg"));
        assertTrue(another.pageText().contains("Нямате достъп"));
      }
    }
  }

  @Test
  void unknownPagesAndWrongPasswordsGetClearAnswers() {
    try (Browser browser = new Browser()) {
      browser.open("/identity/profile.xhtml");
      assertTrue(browser.currentPath().startsWith("/login.xhtml?next="), browser.currentPath());

      browser.signIn("finance", "not-the-password");
      assertTrue(browser.pageText().contains("Грешно потребителско име или парола"));
      assertTrue(browser.currentPath().startsWith("/login.xhtml"));

      String before = browser.driver().manage().getCookieNamed("OMEXSESSION").getValue();
      browser.signIn("finance", PASSWORD);
      String after = browser.driver().manage().getCookieNamed("OMEXSESSION").getValue();
      assertFalse(before.equals(after), "signing in gives a new session id");
      browser.open("/no/such/page.xhtml");
      assertTrue(browser.pageText().contains("Страницата не е намерена"), browser.pageText());
    }
  }
}
