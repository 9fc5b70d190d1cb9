package bg.omegasoft.it.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Http;
import bg.omegasoft.it.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The invoices API over HTTP with personal tokens: FINANCE lists and reads any document; a client
 * administrator only its own company's (another's is a 404 that reveals nothing); PDF and UBL XML
 * downloads; money as decimal strings with the currency; problem+json errors.
 */
@ExtendWith(ArquillianExtension.class)
class BillingApiIT {

  static final HttpClient CLIENT = HttpClient.newHttpClient();
  static String finance;
  static String clientAdmin;
  static String trainee;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @BeforeAll
  static void tokens() throws Exception {
    finance = TestDatabase.tokenFor("finance");
    clientAdmin = TestDatabase.tokenFor("clientadmin");
    trainee = TestDatabase.tokenFor("trainee");
  }

  static HttpResponse<byte[]> get(String path, String token, String language) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Http.BASE + "/api/v1" + path))
            .header("Authorization", "Bearer " + token);
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  @Test
  void financeListsAndReadsADocumentWithMoneyAsDecimalStrings() throws Exception {
    HttpResponse<byte[]> list = get("/invoices?from=2000-01-01", finance, null);
    assertEquals(200, list.statusCode(), text(list));
    JsonArray all = Json.createReader(new StringReader(text(list))).readArray();
    assertTrue(
        all.stream()
            .map(JsonObject.class::cast)
            .anyMatch(i -> i.getString("number").equals("0000000002")));

    HttpResponse<byte[]> detail = get("/invoices/0000000002", finance, null);
    assertEquals(200, detail.statusCode());
    JsonObject invoice = Json.createReader(new StringReader(text(detail))).readObject();
    assertEquals("INVOICE", invoice.getString("kind"));
    assertEquals("468.00", invoice.getJsonObject("total").getString("amount"));
    assertEquals("EUR", invoice.getJsonObject("total").getString("currency"));
    assertEquals("OVERDUE", invoice.getString("state"));
    assertEquals("Деметра Агро ЕООД", invoice.getJsonObject("customer").getString("name"));
    assertEquals("RF470000000002", invoice.getJsonObject("payment").getString("reference"));
    assertEquals(2, invoice.getJsonArray("lines").size());
    assertEquals(
        "78.00",
        invoice
            .getJsonArray("vatBreakdown")
            .getJsonObject(0)
            .getJsonObject("vat")
            .getString("amount"));
  }

  @Test
  void pdfAndUblXmlDownloads() throws Exception {
    HttpResponse<byte[]> pdf = get("/invoices/0000000001.pdf", clientAdmin, null);
    assertEquals(200, pdf.statusCode());
    assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Фактура № 0000000001"), text);
      assertTrue(text.contains("Деметра Агро ЕООД"), text);
    }
    HttpResponse<byte[]> english = get("/invoices/0000000001.pdf?lang=en", finance, null);
    try (PDDocument doc = Loader.loadPDF(english.body())) {
      assertTrue(new PDFTextStripper().getText(doc).contains("Invoice No. 0000000001"));
    }
    HttpResponse<byte[]> xml = get("/invoices/0000000001.xml", finance, null);
    assertEquals(200, xml.statusCode());
    String body = text(xml);
    assertTrue(
        body.contains("<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>"), body);
    assertTrue(
        body.contains("<cbc:PayableAmount currencyID=\"EUR\">324.00</cbc:PayableAmount>"), body);
  }

  @Test
  void aClientAdministratorAskingForAnotherCompanysDocumentGetsA404ThatRevealsNothing()
      throws Exception {
    String foreign = foreignInvoice();
    for (String path :
        new String[] {
          "/invoices/" + foreign, "/invoices/" + foreign + ".pdf", "/invoices/" + foreign + ".xml"
        }) {
      HttpResponse<byte[]> response = get(path, clientAdmin, "en");
      assertEquals(404, response.statusCode(), path);
      assertTrue(
          response
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/problem+json"));
      assertFalse(text(response).contains("Чужда"), text(response));
    }
    HttpResponse<byte[]> unknown = get("/invoices/9999999999", clientAdmin, "en");
    assertEquals(404, unknown.statusCode());
    assertEquals(
        Json.createReader(new StringReader(text(unknown))).readObject().getString("code"),
        Json.createReader(new StringReader(text(get("/invoices/" + foreign, clientAdmin, "en"))))
            .readObject()
            .getString("code"),
        "the same answer as for a number that does not exist");
    JsonArray mine =
        Json.createReader(new StringReader(text(get("/invoices", clientAdmin, null)))).readArray();
    assertTrue(
        mine.stream()
            .map(JsonObject.class::cast)
            .noneMatch(i -> i.getString("number").equals(foreign)));
  }

  @Test
  void badInputAndMissingRightsAnswerProblemJson() throws Exception {
    HttpResponse<byte[]> bad = get("/invoices?from=yesterday", finance, "en");
    assertEquals(400, bad.statusCode());
    assertTrue(
        bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    assertEquals(403, get("/invoices", trainee, null).statusCode());
    assertEquals(
        401,
        CLIENT
            .send(
                HttpRequest.newBuilder(URI.create(Http.BASE + "/api/v1/invoices")).GET().build(),
                HttpResponse.BodyHandlers.ofString())
            .statusCode());
  }

  /**
   * An invoice of a company other than the client administrator's, issued as the nightly run does.
   */
  private static String foreignInvoice() throws Exception {
    try (var db = TestDatabase.connect();
        var st = db.createStatement()) {
      st.executeUpdate(
          "UPDATE invoice_counter SET last_number = last_number + 1 WHERE issuer = 'OMEX'");
      String number;
      try (var rs =
          st.executeQuery(
              "SELECT LPAD(last_number, 10, '0') FROM invoice_counter WHERE issuer = 'OMEX'")) {
        rs.next();
        number = rs.getString(1);
      }
      st.executeUpdate(
          "INSERT INTO invoice (issuer, number, kind, status, client_id, issue_date, tax_date, due_date,"
              + " supplier_name, supplier_address, supplier_city, supplier_uic, customer_name, customer_address,"
              + " customer_city, customer_uic, iban, bic, bank_name, payment_reference, tax_base, vat, total,"
              + " issued_by, issued_at)"
              + " SELECT 'OMEX', '"
              + number
              + "', 'INVOICE', 'ISSUED', c.id, CURDATE(), CURDATE(), CURDATE(),"
              + " 'ОмегаСофт ООД', 'бул. Малинов 51', 'София', '131578107', 'Чужда фирма', 'ул. 1', 'Варна', c.uic,"
              + " 'BG11UNCR70001520412307', 'UNCRBGSF', 'УниКредит Булбанк АД', 'RF00', 10, 2, 12, 'finance', UTC_TIMESTAMP(3)"
              + " FROM client c WHERE c.uic = '204587312'");
      return number;
    }
  }
}
