package bg.omegasoft.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.RawHttp;
import bg.omegasoft.it.support.ServerLog;
import bg.omegasoft.it.support.WebSession;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Posts that our pages never send, error pages and a fault of ours, from outside over HTTP: a
 * malformed post gets the expired page or 400, never a 500, and at most one line in the log; each
 * error page answers with its own status; a fault of ours answers 500 with the incident id shown on
 * the page and logged once; a download reads its id as strictly as a page.
 */
@ExtendWith(ArquillianExtension.class)
class FacesFailuresIT {

  private static final String FAILING_PAGE =
      """
      <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:f="jakarta.faces.core"
                      xmlns:ui="jakarta.faces.facelets" template="/WEB-INF/templates/main.xhtml">
          <ui:define name="metadata">
              <f:metadata><f:viewAction action="#{failingPageBacking.fail()}"/></f:metadata>
          </ui:define>
          <ui:define name="content">never shown</ui:define>
      </ui:composition>
      """;
  private static final Pattern BANK = Pattern.compile("bank\\.xhtml\\?id=(\\d+)");
  private static final Pattern CERTIFICATE = Pattern.compile("certificate\\.xhtml\\?id=(\\d+)");
  private static final Pattern INCIDENT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final String UPLOAD = "upload:image";

  /** The platform as built, with one page of the tests that fails when opened. */
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = Deployments.platform();
    WebArchive web =
        ShrinkWrap.create(ZipImporter.class, "omex-web.war")
            .importFrom(ear.get("omex-web.war").getAsset().openStream())
            .as(WebArchive.class);
    web.addClass(FailingPageBacking.class);
    web.addAsWebResource(new StringAsset(FAILING_PAGE), "it/failing.xhtml");
    ear.delete("omex-web.war");
    return ear.addAsModule(web);
  }

  @Test
  void anUploadWithoutItsCountFieldAnswers400() {
    WebSession trainer = WebSession.signedIn("trainer");
    Matcher bank = BANK.matcher(trainer.get("/assessment/banks.xhtml").text());
    assertTrue(bank.find(), "the trainer sees a question bank");
    String page = "/assessment/question.xhtml?bank=" + bank.group(1);

    RawHttp.Answer complete = upload(trainer, page, "1");
    assertEquals(200, complete.status(), complete.text());
    assertTrue(complete.text().contains("<partial-response><changes>"), complete.text());
    assertFalse(complete.text().contains("/error/"), "the post as the page sends it works");

    long mark = ServerLog.mark();
    for (String count : new String[] {null, "x"}) {
      RawHttp.Answer malformed = upload(trainer, page, count);
      assertEquals(200, malformed.status(), "an Ajax answer: " + malformed.text());
      assertTrue(
          malformed.text().contains("<redirect url=\"/error/400.xhtml\">"),
          "count " + count + ": " + malformed.text());
    }
    assertEquals(List.of(), ServerLog.problemsSince(mark), "no stack trace, no warning");
    RawHttp.Answer badRequest = trainer.get("/error/400.xhtml");
    assertEquals(400, badRequest.status());
    assertTrue(badRequest.text().contains("Заявката не може да бъде разбрана"));
  }

  @Test
  void aPostWithAGarbledOrMissingViewStateGetsTheExpiredPageOrANewPage() {
    WebSession visitor = WebSession.anonymous();
    String login = visitor.get("/login.xhtml").text();
    long mark = ServerLog.mark();
    Map<String, String> form = signInForm(WebSession.nonce(login));

    form.put("jakarta.faces.ViewState", "0:garbage");
    RawHttp.Answer garbled = visitor.postForm("/login.xhtml", form);
    assertEquals(302, garbled.status());
    assertTrue(
        garbled.header("location").endsWith("/error/expired.xhtml"), garbled.header("location"));

    Map<String, String> ajax = ajax(form, "form:sign-in", "@form");
    RawHttp.Answer garbledAjax =
        visitor.postForm("/login.xhtml", ajax, "Faces-Request", "partial/ajax");
    assertTrue(
        garbledAjax.text().contains("<redirect url=\"/error/expired.xhtml\">"), garbledAjax.text());

    form.remove("jakarta.faces.ViewState");
    RawHttp.Answer missing = visitor.postForm("/login.xhtml", form);
    assertTrue(missing.status() < 500, "without a view state the post is a new request");
    assertEquals(List.of(), ServerLog.problemsSince(mark));

    RawHttp.Answer expired = visitor.get("/error/expired.xhtml");
    assertEquals(400, expired.status());
    assertTrue(expired.text().contains("Страницата е остаряла"), "in the visitor's language");
  }

  @Test
  void unknownComponentsWrongPartialParametersAndAForeignNonceAreAnsweredCleanly() {
    WebSession visitor = WebSession.anonymous();
    String login = visitor.get("/login.xhtml").text();
    String nonce = WebSession.nonce(login);
    String state = WebSession.viewState(login);
    long mark = ServerLog.mark();
    String[][] requests = {
      {"nope", "nope", "nope", nonce},
      {"form:sign-in", "form:nope @foo", "form:nope", nonce},
      {"form:sign-in", "@form", "@foo :nope::x", nonce},
      {"form:sign-in", "@form", "@form", "bm9uY2U="},
      {"form:sign-in", "@form", "@form", null}
    };
    for (String[] request : requests) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("form", "form");
      fields.put("jakarta.faces.ViewState", state);
      if (request[3] != null) {
        fields.put("primefaces.nonce", request[3]);
      }
      fields.put("jakarta.faces.partial.ajax", "true");
      fields.put("jakarta.faces.source", request[0]);
      fields.put("jakarta.faces.partial.execute", request[1]);
      fields.put("jakarta.faces.partial.render", request[2]);
      RawHttp.Answer answer =
          visitor.postForm("/login.xhtml", fields, "Faces-Request", "partial/ajax");
      assertEquals(200, answer.status(), String.join(" ", request) + ": " + answer.text());
      assertTrue(answer.text().startsWith("<?xml"), answer.text());
      assertTrue(answer.text().trim().endsWith("</partial-response>"), "one whole answer");
      if (request[3] == null || !request[3].equals(nonce)) {
        assertTrue(answer.text().contains("/error/400.xhtml"), "a foreign nonce: " + answer.text());
      }
    }
    assertEquals(List.of(), ServerLog.problemsSince(mark));
  }

  @Test
  void errorPagesAnswerWithTheirOwnStatus() {
    WebSession visitor = WebSession.anonymous();
    Map<String, Integer> pages =
        Map.of("400", 400, "403", 403, "404", 404, "500", 500, "expired", 400);
    pages.forEach(
        (page, status) -> {
          RawHttp.Answer answer = visitor.get("/error/" + page + ".xhtml");
          assertEquals(status, answer.status(), page);
          assertTrue(answer.text().contains("id=\"error-text\""), page);
        });
    WebSession finance = WebSession.signedIn("finance");
    RawHttp.Answer unknown = finance.get("/no/such/page.xhtml");
    assertEquals(404, unknown.status());
    assertTrue(unknown.text().contains("Страницата не е намерена"));
    RawHttp.Answer unknownId = finance.get("/billing/invoice.xhtml?number=%3Cscript%3E");
    assertEquals(404, unknownId.status());
    assertFalse(unknownId.text().contains("<script>"), "nothing of the address is echoed");
    RawHttp.Answer forged = visitor.get("/error/500.xhtml?incident=%3Cb%3Egotcha%3C%2Fb%3E");
    assertFalse(forged.text().contains("gotcha"), "only a real incident id is shown");
  }

  @Test
  void aFaultOfOursIsLoggedOnceUnderTheIncidentIdThatThePageShows() {
    WebSession admin = WebSession.signedIn("admin");
    long mark = ServerLog.mark();
    RawHttp.Answer failed = admin.get("/it/failing.xhtml");
    assertEquals(500, failed.status());
    assertTrue(failed.text().contains("id=\"error-text\""));
    Matcher incident = INCIDENT.matcher(failed.text());
    assertTrue(incident.find(), "the page shows the incident id: " + failed.text());
    List<String> logged = ServerLog.problemsSince(mark);
    assertEquals(1, logged.size(), "one log entry: " + logged);
    assertTrue(logged.get(0).contains("incident " + incident.group()), logged.get(0));
    assertTrue(logged.get(0).contains("A fault of the page"), "with what failed");
  }

  @Test
  void aDownloadReadsItsIdStrictly() {
    WebSession trainer = WebSession.signedIn("trainer");
    Matcher certificate = CERTIFICATE.matcher(trainer.get("/certification/register.xhtml").text());
    assertTrue(certificate.find(), "the register lists a certificate");
    String id = certificate.group(1);
    String download = "/certification/download?lang=bg&id=";
    assertEquals(200, trainer.get(download + id).status(), "the certificate's PDF");
    long mark = ServerLog.mark();
    for (String malformed : new String[] {arabicIndic(id), "-" + id, "+" + id, id + "x", ""}) {
      assertEquals(404, trainer.get(download + malformed).status(), malformed);
    }
    assertEquals(List.of(), ServerLog.problemsSince(mark));
  }

  /** The same number in Arabic-Indic digits, percent-encoded (Java's Long.parseLong reads them). */
  private static String arabicIndic(String digits) {
    StringBuilder text = new StringBuilder();
    digits.chars().forEach(c -> text.append((char) ('\u0660' + (c - '0'))));
    return java.net.URLEncoder.encode(text.toString(), StandardCharsets.UTF_8);
  }

  private static RawHttp.Answer upload(WebSession trainer, String page, String count) {
    String html = trainer.get(page).text();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", UPLOAD);
    fields.put("jakarta.faces.partial.execute", UPLOAD);
    fields.put("jakarta.faces.partial.render", "form:imagePart upload");
    fields.put("upload", "upload");
    fields.put("jakarta.faces.ViewState", WebSession.viewState(html));
    if (WebSession.nonce(html) != null) {
      fields.put("primefaces.nonce", WebSession.nonce(html));
    }
    if (count != null) {
      fields.put(UPLOAD + "_totalFilesCount", count);
    }
    String boundary = "----omex" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + UPLOAD
                + "\"; filename=\"dot.png\"\r\nContent-Type: image/png\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(PNG);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return trainer.post(
        page,
        "multipart/form-data; boundary=" + boundary,
        body.toByteArray(),
        "Faces-Request",
        "partial/ajax");
  }

  private static Map<String, String> signInForm(String nonce) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("form", "form");
    form.put("form:username", "finance");
    form.put("form:password", WebSession.DEMO_PASSWORD);
    form.put("form:sign-in", "");
    if (nonce != null) {
      form.put("primefaces.nonce", nonce);
    }
    return form;
  }

  private static Map<String, String> ajax(Map<String, String> form, String source, String execute) {
    Map<String, String> ajax = new LinkedHashMap<>(form);
    ajax.remove("form:sign-in");
    ajax.put("jakarta.faces.partial.ajax", "true");
    ajax.put("jakarta.faces.source", source);
    ajax.put("jakarta.faces.partial.execute", execute);
    return ajax;
  }

  /** A 1×1 transparent PNG. */
  private static final byte[] PNG =
      java.util.Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
}
