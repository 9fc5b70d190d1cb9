package bg.omegasoft.it.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.billing.boundary.NightlyInvoicing;
import bg.omegasoft.it.support.AsOperator;
import bg.omegasoft.it.support.BillingData;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Http;
import bg.omegasoft.it.support.RawHttp;
import bg.omegasoft.it.support.Smtp;
import bg.omegasoft.it.support.TestDatabase;
import bg.omegasoft.it.support.WebSession;
import bg.omegasoft.shared.control.Formatter;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.fontbox.FontBoxFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One invoice reads the same wherever it is shown: the finance page, the PDF attached to the
 * e-mail, the PDF and the figures of the API, and the e-mail's own text give its tax base, VAT, VAT
 * rate and total in the one money format ({@code 1 234,56 €}, {@code €1,234.56} in English). The
 * mail server is a real one (GreenMail) inside the test server.
 */
@ExtendWith(ArquillianExtension.class)
class InvoiceAmountsIT {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 19);
  private static final Locale BG = Formatter.BULGARIAN;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(
        InvoiceAmountsIT.class,
        GreenMail.class,
        PDDocument.class,
        RandomAccessRead.class,
        FontBoxFont.class,
        Log.class);
  }

  @EJB NightlyInvoicing invoicing;
  @EJB AsOperator asOperator;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource db;

  GreenMail smtp;

  @AfterEach
  void stopMailServer() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void theAmountsOfOneInvoiceReadTheSameOnItsPagePdfApiAndEmail() throws Exception {
    smtp = Smtp.start();
    BillingData fixtures = new BillingData(db);
    long client = fixtures.client("Еднакви суми");
    fixtures.update(
        "UPDATE client SET email = ? WHERE id = ?",
        "amounts-" + UUID.randomUUID() + "@example.com",
        client);
    fixtures.remoteWork(client, DAY, 2400, 1800, 1500, 45);
    String number =
        asOperator.call(() -> invoicing.issue(invoicing.propose(client, DAY))).orElseThrow();
    asOperator.call(
        () -> {
          invoicing.deliver(List.of(number));
          return null;
        });

    BigDecimal[] stored = stored(number);
    BigDecimal taxBase = stored[0];
    BigDecimal vat = stored[1];
    BigDecimal total = stored[2];
    BigDecimal rate = stored[3];
    assertTrue(
        total.compareTo(new BigDecimal("1000")) > 0,
        "an amount with a thousands separator: " + total);
    List<String> bulgarian =
        List.of(
            read(Formatter.money(taxBase, BG)),
            read(Formatter.money(vat, BG)),
            read(Formatter.money(total, BG)),
            read(Formatter.percent(rate, BG)));
    assertTrue(bulgarian.get(2).matches("\\d \\d{3},\\d{2} €"), bulgarian.get(2));

    MimeMessage mail = Smtp.await(smtp, number);
    String text = read(Smtp.text(mail));
    assertTrue(text.contains("Сума за плащане: " + bulgarian.get(2)), text);
    String attached = pdfText(Smtp.attachment(mail, number + ".pdf"));
    contains(attached, bulgarian, "the PDF attached to the e-mail");

    WebSession finance = WebSession.signedIn("finance");
    RawHttp.Answer page = finance.get("/billing/invoice.xhtml?number=" + number);
    assertEquals(200, page.status());
    contains(read(page.text()), bulgarian, "the finance page of the invoice");

    String token = TestDatabase.tokenFor(db, "finance");
    contains(pdfText(api("/invoices/" + number + ".pdf", token)), bulgarian, "the API's PDF");
    List<String> english =
        List.of(
            read(Formatter.money(taxBase, Locale.ENGLISH)),
            read(Formatter.money(vat, Locale.ENGLISH)),
            read(Formatter.money(total, Locale.ENGLISH)));
    assertTrue(english.get(2).matches("€\\d,\\d{3}\\.\\d{2}"), english.get(2));
    contains(
        pdfText(api("/invoices/" + number + ".pdf?lang=en", token)),
        english,
        "the English copy of the PDF");

    JsonObject json =
        Json.createReader(
                new StringReader(
                    new String(
                        api("/invoices/" + number, token),
                        java.nio.charset.StandardCharsets.UTF_8)))
            .readObject();
    assertEquals(taxBase.toPlainString(), json.getJsonObject("taxBase").getString("amount"));
    assertEquals(vat.toPlainString(), json.getJsonObject("vat").getString("amount"));
    assertEquals(total.toPlainString(), json.getJsonObject("total").getString("amount"));
  }

  /** The tax base, VAT, total and the (single) VAT rate the database holds for the invoice. */
  private BigDecimal[] stored(String number) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT i.tax_base, i.vat, i.total, v.rate FROM invoice i"
                    + " JOIN invoice_vat v ON v.invoice_id = i.id WHERE i.number = ?")) {
      ps.setString(1, number);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), "the invoice " + number);
        BigDecimal[] amounts = {
          rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)
        };
        assertTrue(!rs.next(), "one VAT rate on the invoice");
        return amounts;
      }
    }
  }

  private static void contains(String shown, List<String> amounts, String where) {
    for (String amount : amounts) {
      assertTrue(shown.contains(amount), where + " shows " + amount + ":\n" + shown);
    }
  }

  /** As a reader sees it: no-break spaces (as characters or HTML entities) are spaces. */
  private static String read(String text) {
    return text.replace("&nbsp;", " ").replace("&#160;", " ").replace('\u00a0', ' ');
  }

  private byte[] api(String path, String token) throws Exception {
    HttpResponse<byte[]> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Http.BASE + "/api/v1" + path))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept-Language", "bg")
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, answer.statusCode(), path);
    return answer.body();
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return read(new PDFTextStripper().getText(document));
    }
  }
}
