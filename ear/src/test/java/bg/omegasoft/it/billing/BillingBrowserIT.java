package bg.omegasoft.it.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Browser;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Smtp;
import bg.omegasoft.it.support.TestDatabase;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The billing journey in a real browser: FINANCE invoices Деметра Агро now and downloads the PDF;
 * the company's client administrator then sees the invoice in the portal and opens it.
 */
@ExtendWith(ArquillianExtension.class)
class BillingBrowserIT {

  private static final String PASSWORD = "Omex-Demo-2026";
  private static final String DEMETRA = "Деметра Агро ЕООД";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void financeInvoicesAClientNowTheClientAdministratorSeesItInThePortal() throws Exception {
    String work =
        "Възстановяване на парола за заплати " + UUID.randomUUID().toString().substring(0, 6);
    openWorkForDemetra(work);
    String number;
    GreenMail smtp = Smtp.start();
    try (Browser finance = new Browser()) {
      finance.signIn("finance", PASSWORD);
      finance.open("/billing/invoices.xhtml");
      finance.choose("now:client", DEMETRA);
      finance.clickAndExpect(By.id("now:preview"), "Редове");
      finance.clickAndExpect(By.id("now:issue"), "Издадена е фактура");
      Matcher issued =
          Pattern.compile("Издадена е фактура № (\\d{10})").matcher(finance.pageText());
      assertTrue(issued.find(), finance.pageText());
      number = issued.group(1);

      finance.open("/billing/invoice.xhtml?number=" + number);
      assertTrue(finance.pageText().contains(work), finance.pageText());
      assertTrue(finance.pageText().contains(DEMETRA));
      String href = finance.driver().findElement(By.id("lines:pdf")).getAttribute("href");
      byte[] pdf = finance.download(href);
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(doc);
        assertTrue(text.contains("Фактура № " + number), text);
        assertTrue(text.contains(DEMETRA), text);
        assertTrue(text.contains(work), text);
      }
      finance.open("/billing/payments.xhtml");
      assertEquals(
          "200", finance.driver().findElement(By.id("record:payer")).getAttribute("maxlength"));
      assertEquals(
          "34", finance.driver().findElement(By.id("record:iban")).getAttribute("maxlength"));
      assertEquals(
          "140", finance.driver().findElement(By.id("record:reference")).getAttribute("maxlength"));
      finance.screenshot("payments-390x844", 390, 844);
      finance.screenshot("payments-1366x900", 1366, 900);
      assertTrue(finance.pageText().contains("Просрочени фактури"), finance.pageText());
      assertTrue(finance.pageText().contains("0000000002"), "the demo overdue invoice");
      finance.open("/billing/price-list.xhtml");
      assertTrue(finance.pageText().contains("Отдалечена работа"), finance.pageText());
      assertTrue(finance.pageText().contains("60,00"), finance.pageText());
      finance.open("/billing/dashboard.xhtml");
      assertTrue(finance.pageText().contains("Просрочени"), finance.pageText());
      assertTrue(finance.has(By.cssSelector("canvas")), "the revenue chart");
      MimeMessage mail = mailAbout(smtp, number);
      assertEquals("office@demetra-agro.bg", mail.getAllRecipients()[0].toString());
      MimeMultipart parts = (MimeMultipart) mail.getContent();
      assertEquals(3, parts.getCount(), "text, PDF and UBL XML");
      assertEquals(number + ".xml", parts.getBodyPart(2).getFileName());
    } finally {
      smtp.stop();
    }
    try (Browser admin = new Browser()) {
      admin.signIn("clientadmin", PASSWORD);
      admin.open("/billing/portal/invoices.xhtml");
      assertTrue(admin.pageText().contains(number), admin.pageText());
      admin.clickAndWait(By.linkText(number));
      admin.waitForText(work);
      admin.waitForText("Неплатена");
      String xml =
          new String(
              admin.download(admin.driver().findElement(By.id("lines:xml")).getAttribute("href")));
      assertTrue(xml.contains("<cbc:ID>" + number + "</cbc:ID>"), xml);

      admin.clickAndWait(By.id("menuForm:lang-en"));
      admin.open("/billing/portal/invoices.xhtml");
      admin.waitForText("My invoices");
      admin.waitForText(number);
      admin.waitForText("Unpaid");
    }
  }

  /** The mail whose subject names the document, waiting for it up to 20 s. */
  private static MimeMessage mailAbout(GreenMail smtp, String number) throws Exception {
    for (int i = 1; i <= 40; i++) {
      smtp.waitForIncomingEmail(500, i);
      for (MimeMessage message : smtp.getReceivedMessages()) {
        if (message.getSubject() != null && message.getSubject().contains(number)) {
          return message;
        }
      }
    }
    throw new AssertionError("no e-mail about " + number);
  }

  /**
   * A forgotten password recovered for Деметра Агро yesterday, registered for billing: a
   * fixed-price service outside its contract's scope, so it is charged whatever hours the contract
   * has left.
   */
  private static void openWorkForDemetra(String description) throws Exception {
    try (Connection db = TestDatabase.connect();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO billable_item (source_key, client_id, service_type, done_on, minutes, quantity,"
                    + " description_bg, status, registered_at)"
                    + " SELECT ?, id, 'PASSWORD_RECOVERY', CURDATE() - INTERVAL 1 DAY, 0, 1, ?, 'OPEN',"
                    + " UTC_TIMESTAMP(3)"
                    + " FROM client WHERE uic = '201234563'")) {
      insert.setString(1, "browser:" + UUID.randomUUID());
      insert.setString(2, description);
      assertEquals(1, insert.executeUpdate());
    }
  }
}
