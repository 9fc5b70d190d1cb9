package bg.omegasoft.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Browser;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Http;
import bg.omegasoft.it.support.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The training journey in a real browser: a trainer publishes version 2 of a programme with a
 * regulation-change reason, a trainee enrols in a session of it, and an anonymous visitor sees the
 * new version and its price with VAT in the public catalogue; the catalogue API says the same.
 */
@ExtendWith(ArquillianExtension.class)
class LearningBrowserIT {

  private static final String PASSWORD = "Omex-Demo-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void aTrainerPublishesVersionTwoATraineeEnrolsAVisitorSeesThePrice() throws Exception {
    String title = "ТРЗ браузър " + UUID.randomUUID().toString().substring(0, 6);
    long programmeId = publishedProgramme(title);

    try (Browser trainer = new Browser()) {
      trainer.signIn("trainer", PASSWORD);
      trainer.open("/learning/programme.xhtml?id=" + programmeId);
      trainer.clickAndWait(By.id("actions:editDraft"));
      assertTrue(trainer.currentPath().startsWith("/learning/draft.xhtml"), trainer.currentPath());
      assertTrue(trainer.pageText().contains("версия 2"), trainer.pageText());

      trainer.open("/learning/programme.xhtml?id=" + programmeId);
      trainer.type(By.id("publish:reference"), "Кодекс на труда, чл. 224, изм. ДВ бр. 12/2027");
      trainer.typeDate("publish:effectiveOn", "01.01.2027");
      trainer.typeDate("publish:appliesFrom", "01.01.2027");
      trainer.clickAndExpect(By.id("publish:publishButton"), "Публикувана е версия 2");
      assertTrue(trainer.pageText().contains("Промяна в нормативната уредба"));
      assertTrue(trainer.pageText().contains("Кодекс на труда, чл. 224"));
    }

    scheduleSessionOfVersionTwo(programmeId);

    try (Browser trainee = new Browser()) {
      trainee.signIn("trainee", PASSWORD);
      trainee.open("/learning/sessions.xhtml");
      By enrol = By.xpath("//tr[contains(., '" + title + "')]//button[contains(@id, 'enrolMe')]");
      trainee.clickAndExpect(enrol, "мястото е потвърдено");
      trainee.open("/learning/my.xhtml");
      assertTrue(trainee.pageText().contains(title + " · v2"), trainee.pageText());
    }

    try (Browser visitor = new Browser()) {
      visitor.open("/public/catalogue.xhtml");
      String page = visitor.pageText().replace('\u00a0', ' ');
      int card = page.indexOf(title);
      assertTrue(card >= 0, page);
      String entry = page.substring(card, Math.min(page.length(), card + 600));
      assertTrue(entry.contains("250,00 €"), entry);
      assertTrue(entry.contains("300,00 €"), entry);
      assertTrue(entry.contains("2, в сила от 01.01.2027"), entry);
    }
  }

  @Test
  void theCatalogueApiListsPricesWithAndWithoutVatAsDecimalStrings() throws Exception {
    String title = "ТРЗ API " + UUID.randomUUID().toString().substring(0, 6);
    long programmeId = publishedProgramme(title);
    HttpResponse<String> response = Http.get("/api/v1/catalogue");
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonArray programmes =
        jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readArray();
    JsonObject entry =
        programmes.stream()
            .map(JsonObject.class::cast)
            .filter(p -> p.getJsonNumber("id").longValue() == programmeId)
            .findFirst()
            .orElseThrow();
    assertEquals(title, entry.getString("title"));
    assertEquals("PAYROLL", entry.getJsonObject("product").getString("code"));
    assertEquals("BEGINNER", entry.getString("level"));
    assertEquals(1, entry.getInt("version"));
    JsonObject price = entry.getJsonObject("price");
    assertEquals("250.00", price.getJsonObject("exclVat").getString("amount"));
    assertEquals("EUR", price.getJsonObject("exclVat").getString("currency"));
    assertEquals("300.00", price.getJsonObject("inclVat").getString("amount"));
    assertTrue(entry.getJsonArray("nextSessions").isEmpty());
    assertTrue(Http.get("/openapi").body().contains("/api/v1/catalogue"));
  }

  /** A PAYROLL beginner programme published as version 1 with one module of one lesson. */
  private static long publishedProgramme(String title) throws SQLException {
    try (Connection db = TestDatabase.connect()) {
      long programme =
          insert(
              db,
              "insert into programme (kind, product_id, level, created_at, created_by)"
                  + " select 'STANDARD', id, 'BEGINNER', utc_timestamp(3), 'trainer'"
                  + " from learning_product where code = 'PAYROLL'");
      long version =
          insert(
              db,
              "insert into programme_version (programme_id, number, status, title, price, pass_mark,"
                  + " reason, applies_from, published_at, published_by, created_at, created_by)"
                  + " values ("
                  + programme
                  + ", 1, 'PUBLISHED', ?, 250.00, 70, 'FIRST_EDITION', '2026-01-01',"
                  + " utc_timestamp(3), 'trainer', utc_timestamp(3), 'trainer')",
              title);
      long module =
          insert(
              db,
              "insert into programme_module (version_id, lineage, position, title, hours) values ("
                  + version
                  + ", ?, 1, 'Месечна заплата', 8.0)",
              UUID.randomUUID().toString());
      insert(
          db,
          "insert into lesson (module_id, lineage, position, title, content) values ("
              + module
              + ", ?, 1, 'Изчисляване на заплатата', '<p>Фиш</p>')",
          UUID.randomUUID().toString());
      return programme;
    }
  }

  private static void scheduleSessionOfVersionTwo(long programmeId) throws SQLException {
    try (Connection db = TestDatabase.connect()) {
      insert(
          db,
          "insert into training_session (version_id, first_day, last_day, daily_start, daily_end,"
              + " format, venue, trainer_id, capacity, seats_taken, status, created_at, created_by)"
              + " select v.id, curdate() + interval 12 day, curdate() + interval 12 day, '09:30',"
              + " '17:00', 'ONLINE', 'Онлайн', u.id, 5, 0, 'PLANNED', utc_timestamp(3), 'trainer'"
              + " from programme_version v, app_user u where v.programme_id = "
              + programmeId
              + " and v.number = 2 and u.username = 'trainer'");
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
