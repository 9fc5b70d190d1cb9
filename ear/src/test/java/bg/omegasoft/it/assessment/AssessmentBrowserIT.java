package bg.omegasoft.it.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Browser;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Http;
import bg.omegasoft.it.support.TestDatabase;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The certificate journey in a real browser: a trainee takes a final test (four kinds of question,
 * each saved by Ajax), passes, downloads the certificate; the PDF's QR code opens the public check
 * for an anonymous visitor, who sees it valid in Bulgarian and English; after a trainer revokes it,
 * the same address shows it revoked. The page never carries the scoring keys.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentBrowserIT {

  private static final String PASSWORD = "Omex-Demo-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void aTraineePassesGetsTheCertificateAVisitorChecksItAndSeesItRevokedLater() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String username = "bt-" + suffix;
    String holder = "Браузър Тестов " + suffix;
    String title = "ТРЗ сертификат " + suffix;
    finalTestFor(username, holder, title);

    String checkUrl;
    try (Browser trainee = new Browser()) {
      trainee.signIn(username, PASSWORD);
      trainee.open("/assessment/my.xhtml");
      trainee.clickAndExpect(
          By.xpath("//tr[contains(., '" + title + "')]//button[contains(@id, 'start')]"),
          "Започвате ли");
      trainee.clickAndWait(By.cssSelector(".ui-confirmdialog-yes"));
      assertTrue(
          trainee.currentPath().startsWith("/assessment/attempt.xhtml"), trainee.currentPath());
      String source = trainee.driver().getPageSource();
      assertFalse(
          source.contains(AssessmentFixtures.SECRET_ANSWER), "no accepted answer in the page");
      assertFalse(source.contains("4321"), "no expected number in the page");
      assertTrue(trainee.pageText().contains("Остават:"));

      for (int i = 1; i <= 4; i++) {
        answer(trainee, i);
        if (i < 4) {
          trainee.driver().findElement(By.id("next")).click();
        }
      }
      trainee.clickAndExpect(By.id("answers:submit"), "Предавате ли");
      trainee.clickAndWait(By.id("answers:confirmYes"));
      String result = trainee.pageText();
      assertTrue(result.contains("Издържан"), result);
      assertTrue(result.contains("100.00 %") || result.contains("100,00 %"), result);
      assertTrue(result.contains("Издаден е сертификат"), result);

      trainee.open("/certification/my.xhtml");
      assertTrue(trainee.pageText().contains(title), trainee.pageText());
      String href =
          trainee
              .driver()
              .findElement(By.xpath("//a[starts-with(@id, 'pdf-bg-')]"))
              .getAttribute("href");
      String session = trainee.driver().manage().getCookieNamed("OMEXSESSION").getValue();
      byte[] pdf = download(href, session);
      try (PDDocument document = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(document);
        assertTrue(text.contains("СЕРТИФИКАТ"), text);
        assertTrue(text.contains(holder), text);
        assertTrue(text.contains(title), text);
        checkUrl = qrCodeOf(document.getPage(0));
      }
      try (PDDocument english =
          Loader.loadPDF(download(href.replace("lang=bg", "lang=en"), session))) {
        assertTrue(new PDFTextStripper().getText(english).contains("CERTIFICATE"));
      }
    }
    assertTrue(checkUrl.startsWith(Http.BASE + "/public/certificate.xhtml?code="), checkUrl);
    String checkPath = checkUrl.substring(Http.BASE.length());

    try (Browser visitor = new Browser()) {
      visitor.open(checkPath);
      assertTrue(visitor.pageText().contains("Сертификатът е валиден."), visitor.pageText());
      assertEquals("64", visitor.driver().findElement(By.id("code")).getAttribute("maxlength"));
      assertEquals(
          checkUrl.substring(checkUrl.indexOf("code=") + "code=".length()),
          visitor.driver().findElement(By.id("code")).getAttribute("value"));
      visitor.clickAndWait(By.id("checkButton"));
      assertTrue(visitor.pageText().contains("Сертификатът е валиден."), visitor.pageText());
      assertTrue(visitor.pageText().contains(holder));
      visitor.clickAndWait(By.id("langForm:lang-en"));
      assertTrue(visitor.pageText().contains("The certificate is valid."), visitor.pageText());
    }

    try (Browser trainer = new Browser()) {
      trainer.signIn("trainer", PASSWORD);
      trainer.open("/certification/register.xhtml?q=" + suffix);
      assertEquals("100", trainer.driver().findElement(By.id("form:q")).getAttribute("maxlength"));
      trainer.clickAndWait(By.xpath("//tr[contains(., '" + holder + "')]//a"));
      trainer.type(By.id("revoke:reason"), "Издаден по грешка (тест)");
      trainer.clickAndExpect(By.id("revoke:revokeButton"), "Продължаване?");
      trainer.clickAndExpect(By.id("revoke:confirmYes"), "Сертификатът е отменен.");
    }

    try (Browser visitor = new Browser()) {
      visitor.open(checkPath);
      String page = visitor.pageText();
      assertTrue(page.contains("Сертификатът е отменен или заменен"), page);
      assertTrue(page.contains("Издаден по грешка (тест)"), page);
      visitor.clickAndWait(By.id("langForm:lang-en"));
      assertTrue(visitor.pageText().contains("has been revoked"), visitor.pageText());
    }
  }

  /**
   * Issue 12: the answer to a question is changed elsewhere (another tab, here the API with the
   * trainee's token) after the page was shown. The page's save is refused, not written over the
   * other one: the page says so and shows the answer stored now, and a second try from there is
   * saved.
   */
  @Test
  void anAnswerChangedElsewhereIsNotOverwrittenAndThePageShowsTheStoredOne() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String username = "bc-" + suffix;
    String title = "ТРЗ конфликт " + suffix;
    finalTestFor(username, "Браузър Конфликтов " + suffix, title);
    String auth = "Bearer " + TestDatabase.tokenFor(username);

    try (Browser trainee = new Browser()) {
      trainee.signIn(username, PASSWORD);
      trainee.open("/assessment/my.xhtml");
      trainee.clickAndExpect(
          By.xpath("//tr[contains(., '" + title + "')]//button[contains(@id, 'start')]"),
          "Започвате ли");
      trainee.clickAndWait(By.cssSelector(".ui-confirmdialog-yes"));
      String attemptId = trainee.currentPath().replaceAll(".*[?&]id=(\\d+).*", "$1");

      JsonObject attempt = Http.json(api("GET", "/api/v1/attempts/" + attemptId, auth, null));
      JsonObject truth =
          attempt.getJsonArray("items").getValuesAs(JsonObject.class).stream()
              .filter(i -> i.getString("type").equals("TRUE_FALSE"))
              .findFirst()
              .orElseThrow();
      String item = "/api/v1/attempts/" + attemptId + "/items/" + truth.getJsonNumber("id");
      HttpResponse<String> elsewhere = api("PUT", item, auth, "{\"value\":false,\"revision\":0}");
      assertEquals(200, elsewhere.statusCode(), elsewhere.body());

      int position = truth.getInt("position");
      String section = "//section[@id='question-" + position + "']";
      trainee.driver().findElement(By.id("go-" + position)).click();
      trainee.clickAndExpect(
          By.xpath(section + "//label[normalize-space(.)='Вярно']"),
          "Отговорът е променен в друг раздел");
      new WebDriverWait(trainee.driver(), Duration.ofSeconds(20))
          .until(
              d ->
                  d.findElement(By.xpath(section + "//input[@type='radio' and @value='false']"))
                      .isSelected());
      assertFalse(
          trainee
              .driver()
              .findElement(By.xpath(section + "//input[@type='radio' and @value='true']"))
              .isSelected(),
          "the page shows the answer stored now, not the one that was refused");
      JsonObject stored = Http.json(api("GET", "/api/v1/attempts/" + attemptId, auth, null));
      JsonObject storedItem =
          stored.getJsonArray("items").getValuesAs(JsonObject.class).stream()
              .filter(i -> i.getInt("position") == position)
              .findFirst()
              .orElseThrow();
      assertFalse(storedItem.getBoolean("value"), "the other answer was not overwritten");
      assertEquals(1, storedItem.getInt("revision"));

      // answering again from the answer now shown is saved
      trainee
          .driver()
          .findElement(By.xpath(section + "//label[normalize-space(.)='Вярно']"))
          .click();
      new WebDriverWait(trainee.driver(), Duration.ofSeconds(20))
          .until(
              d ->
                  Http.json(api("GET", "/api/v1/attempts/" + attemptId, auth, null))
                          .getJsonArray("items")
                          .getValuesAs(JsonObject.class)
                          .stream()
                          .filter(i -> i.getInt("position") == position)
                          .findFirst()
                          .orElseThrow()
                          .getInt("revision")
                      == 2);
    }
  }

  private static HttpResponse<String> api(String method, String path, String auth, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Http.BASE + path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .header("Accept", "application/json")
            .header("Authorization", auth);
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return Http.send(request.build());
  }

  /** Answers the question shown as number {@code i} rightly, and waits until it is saved. */
  private static void answer(Browser browser, int i) {
    String section = "//section[@id='question-" + i + "']";
    String text = browser.driver().findElement(By.xpath(section)).getText();
    if (text.contains("Минималната работна заплата")) {
      browser
          .driver()
          .findElement(By.xpath(section + "//label[normalize-space(.)='620,20 €']"))
          .click();
    } else if (text.contains("Данъкът")) {
      browser
          .driver()
          .findElement(By.xpath(section + "//label[normalize-space(.)='Вярно']"))
          .click();
    } else {
      WebElement input = browser.driver().findElement(By.xpath(section + "//input[@type='text']"));
      input.sendKeys(text.contains("контролното число") ? "4321,25" : "ключ-омега");
      input.sendKeys(Keys.TAB);
    }
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(
            d -> d.findElement(By.id("go-" + i)).getAttribute("class").contains("omex-answered"));
  }

  private static byte[] download(String url, String session) {
    HttpResponse<byte[]> response;
    try {
      response =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url))
                      .header("Cookie", "OMEXSESSION=" + session)
                      .build(),
                  HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    assertEquals(200, response.statusCode());
    assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
    return response.body();
  }

  /** The text of the QR code printed on the page. */
  private static String qrCodeOf(PDPage page) throws Exception {
    for (COSName name : page.getResources().getXObjectNames()) {
      if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
        BinaryBitmap bitmap =
            new BinaryBitmap(
                new HybridBinarizer(new BufferedImageLuminanceSource(image.getImage())));
        return new QRCodeReader().decode(bitmap).getText();
      }
    }
    throw new AssertionError("no QR code on the certificate");
  }

  /** A user, a published programme with a session and a seat, a bank and a final test. */
  private static void finalTestFor(String username, String holder, String title)
      throws SQLException {
    try (Connection db = TestDatabase.connect()) {
      long user =
          insert(
              db,
              "insert into app_user (username, full_name, password_hash, locale, password_changed_at, created_at)"
                  + " select ?, ?, password_hash, 'bg', utc_timestamp(3), utc_timestamp(3) from app_user where username = 'trainee'",
              username,
              holder);
      insert(db, "insert into app_user_role (user_id, role) values (" + user + ", 'TRAINEE')");
      long product = single(db, "select id from learning_product where code = 'PAYROLL'");
      long topic =
          insert(
              db,
              "insert into learning_topic (product_id, name, position) values ("
                  + product
                  + ", ?, 99)",
              "Тема " + title);
      long programme =
          insert(
              db,
              "insert into programme (kind, product_id, level, created_at, created_by) values ('STANDARD', "
                  + product
                  + ", 'BEGINNER', utc_timestamp(3), 'trainer')");
      long version =
          insert(
              db,
              "insert into programme_version (programme_id, number, status, title, price, pass_mark, reason, applies_from,"
                  + " published_at, published_by, created_at, created_by) values ("
                  + programme
                  + ", 1, 'PUBLISHED', ?, 100.00, 75, 'FIRST_EDITION', '2026-01-01', utc_timestamp(3), 'trainer',"
                  + " utc_timestamp(3), 'trainer')",
              title);
      long session =
          insert(
              db,
              "insert into training_session (version_id, first_day, last_day, daily_start, daily_end, format, venue,"
                  + " trainer_id, capacity, seats_taken, status, created_at, created_by) select "
                  + version
                  + ", curdate() + interval 3 day, curdate() + interval 3 day, '09:00', '17:00', 'ONLINE', 'Онлайн', id, 5, 1,"
                  + " 'PLANNED', utc_timestamp(3), 'trainer' from app_user where username = 'trainer'");
      insert(
          db,
          "insert into enrolment (session_id, trainee_id, version_id, status, requested_at, enrolled_by, confirmed_at) values ("
              + session
              + ", "
              + user
              + ", "
              + version
              + ", 'CONFIRMED', utc_timestamp(3), 'trainer', utc_timestamp(3))");
      long bank =
          insert(
              db,
              "insert into question_bank (topic_id, level, title, created_at, created_by) values ("
                  + topic
                  + ", 'BEGINNER', ?, utc_timestamp(3), 'trainer')",
              "Банка " + title);
      long single =
          question(
              db,
              bank,
              "SINGLE_CHOICE",
              "<p>Минималната работна заплата от 01.01.2026 г. е:</p>",
              "null",
              "null",
              "null");
      insert(
          db,
          "insert into question_option (question_id, position, text, correct) values ("
              + single
              + ", 1, '620,20 €', true), ("
              + single
              + ", 2, '550,66 €', false), ("
              + single
              + ", 3, '933,00 €', false)");
      question(
          db, bank, "TRUE_FALSE", "<p>Данъкът върху заплатите е 10 %.</p>", "true", "null", "null");
      question(
          db,
          bank,
          "NUMERIC",
          "<p>Въведете контролното число от урока.</p>",
          "null",
          AssessmentFixtures.SECRET_NUMBER,
          "0.01");
      long words =
          question(
              db, bank, "SHORT_ANSWER", "<p>Кодовата дума от урока е?</p>", "null", "null", "null");
      insert(
          db,
          "insert into question_option (question_id, position, text, correct) values ("
              + words
              + ", 1, ?, true)",
          AssessmentFixtures.SECRET_ANSWER);
      long test =
          insert(
              db,
              "insert into test_definition (kind, title, version_id, time_limit_minutes, max_attempts, shuffle_options,"
                  + " review_allowed, published, created_at, created_by) values ('FINAL', ?, "
                  + version
                  + ", 10, 2, true, false, true, utc_timestamp(3), 'trainer')",
              "Финален тест " + title);
      insert(
          db,
          "insert into blueprint_line (test_id, position, bank_id, questions) values ("
              + test
              + ", 1, "
              + bank
              + ", 4)");
    }
  }

  private static long question(
      Connection db,
      long bank,
      String type,
      String text,
      String truth,
      String number,
      String tolerance)
      throws SQLException {
    return insert(
        db,
        "insert into question (bank_id, lineage, number, status, type, difficulty, text, true_answer, numeric_answer,"
            + " numeric_tolerance, created_at, created_by) values ("
            + bank
            + ", uuid(), 1, 'CURRENT', '"
            + type
            + "', 'MEDIUM', ?, "
            + truth
            + ", "
            + number
            + ", "
            + tolerance
            + ", utc_timestamp(3), 'trainer')",
        text);
  }

  private static long single(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static long insert(Connection db, String sql, String... parameters) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        return keys.next() ? keys.getLong(1) : 0;
      }
    }
  }
}
