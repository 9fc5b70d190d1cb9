package bg.omegasoft.it.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.assessment.boundary.AttemptView;
import bg.omegasoft.assessment.boundary.Attempts;
import bg.omegasoft.assessment.boundary.SavedAnswer;
import bg.omegasoft.assessment.entity.Answer;
import bg.omegasoft.assessment.entity.AnswerConflictException;
import bg.omegasoft.assessment.entity.AttemptItem;
import bg.omegasoft.assessment.entity.TestDefinition;
import bg.omegasoft.assessment.entity.TestKind;
import bg.omegasoft.it.support.AsTrainee;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Http;
import bg.omegasoft.it.support.TestDatabase;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Saving answers at the same moment (issue 12, finding 2): of twenty saves of one question with the
 * same revision and different answers exactly one wins and the others are told of the conflict,
 * through the API (409 problem+json) and through the boundary the attempt page uses; the stored
 * answer is the winner's with the next revision; saves with the right revisions, one after the
 * other and on several questions at once, lose nothing and write nothing twice.
 */
@ExtendWith(ArquillianExtension.class)
class AnswerSavingIT {

  private static final int SAVES = 20;

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(AnswerSavingIT.class);
  }

  @EJB AssessmentFixtures fixtures;
  @EJB Attempts attempts;
  @EJB AsTrainee asTrainee;

  @Resource ManagedExecutorService executor;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource db;

  @Test
  void ofTwentySavesOverTheApiWithTheSameRevisionExactlyOneWinsAndTheOthersAre409()
      throws Exception {
    String auth = "Bearer " + TestDatabase.tokenFor(db, "trainee");
    TestDefinition test = newTest("Двадесет наведнъж");
    JsonObject attempt =
        json(send("POST", "/api/v1/tests/" + test.getId() + "/attempts", auth, null));
    long attemptId = attempt.getJsonNumber("id").longValue();
    long itemId = itemOf(attempt, "NUMERIC");
    String path = "/api/v1/attempts/" + attemptId + "/items/" + itemId;

    List<HttpResponse<String>> answers =
        concurrently(i -> send("PUT", path, auth, "{\"text\":\"" + (i + 1) + "\",\"revision\":0}"));

    List<Integer> won = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      HttpResponse<String> answer = answers.get(i);
      if (answer.statusCode() == 200) {
        JsonObject saved = json(answer);
        assertTrue(saved.getBoolean("changed"), answer.body());
        assertEquals(1, saved.getInt("revision"), answer.body());
        won.add(i);
      } else {
        assertEquals(409, answer.statusCode(), answer.body());
        assertTrue(
            answer
                .headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("application/problem+json"),
            answer.headers().toString());
        assertEquals("attempt.answerConflict", json(answer).getString("code"));
      }
    }
    assertEquals(1, won.size(), "exactly one save wins, the others get 409: " + won);
    AttemptItem stored = fixtures.stored(attemptId).item(itemId);
    assertEquals(1, stored.getRevision(), "written once");
    assertEquals(String.valueOf(won.get(0) + 1), stored.getAnswer(), "the winner's answer");
  }

  @Test
  void ofTwentySavesThroughTheAttemptPagesBoundaryExactlyOneWins() throws Exception {
    TestDefinition test = newTest("Двадесет от страницата");
    AttemptView view = asTrainee.call(() -> attempts.start(test.getId()));
    AttemptView.Item item = item(view, "SHORT_ANSWER");

    List<Object> outcomes =
        concurrently(
            i -> {
              try {
                return asTrainee.call(
                    () -> attempts.answer(view.id(), item.id(), Answer.ofText("отговор " + i), 0));
              } catch (AnswerConflictException e) {
                return e;
              }
            });

    List<SavedAnswer> won =
        outcomes.stream()
            .filter(SavedAnswer.class::isInstance)
            .map(SavedAnswer.class::cast)
            .toList();
    assertEquals(1, won.size(), "exactly one save wins: " + outcomes);
    assertTrue(won.get(0).changed());
    assertEquals(1, won.get(0).revision());
    assertEquals(
        SAVES - 1,
        outcomes.stream()
            .filter(AnswerConflictException.class::isInstance)
            .map(AnswerConflictException.class::cast)
            .filter(e -> e.currentRevision() == 1)
            .count(),
        "the others are told the revision stored now: " + outcomes);
    AttemptItem stored = fixtures.stored(view.id()).item(item.id());
    assertEquals(1, stored.getRevision());
    int winner = outcomes.indexOf(won.get(0));
    assertEquals("отговор " + winner, stored.getAnswer());
  }

  @Test
  void savesWithTheRightRevisionsLoseNothingInSequenceOrOnSeveralQuestionsAtOnce()
      throws Exception {
    String auth = "Bearer " + TestDatabase.tokenFor(db, "trainee");
    TestDefinition test = newTest("Подред");
    JsonObject attempt =
        json(send("POST", "/api/v1/tests/" + test.getId() + "/attempts", auth, null));
    long attemptId = attempt.getJsonNumber("id").longValue();
    String base = "/api/v1/attempts/" + attemptId + "/items/";
    long number = itemOf(attempt, "NUMERIC");
    long words = itemOf(attempt, "SHORT_ANSWER");
    int rounds = 15;

    // one question after the other with the revision each answer gave
    int revision = 0;
    for (int i = 1; i <= rounds; i++) {
      JsonObject saved =
          json(
              send(
                  "PUT",
                  base + number,
                  auth,
                  "{\"text\":\"" + i + "\",\"revision\":" + revision + "}"));
      assertTrue(saved.getBoolean("changed"), saved.toString());
      assertEquals(revision + 1, saved.getInt("revision"));
      revision = saved.getInt("revision");
    }

    // the two text questions by two clients at once, each with its own revisions
    Map<Long, String> last = new HashMap<>();
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> clients = new ArrayList<>();
    for (long item : List.of(number, words)) {
      int start = item == number ? rounds : 0;
      last.put(item, item == number ? String.valueOf(rounds + rounds) : "дума " + rounds);
      clients.add(
          executor.submit(
              () -> {
                go.await();
                int seen = start;
                for (int i = 1; i <= rounds; i++) {
                  String text = item == number ? String.valueOf(rounds + i) : "дума " + i;
                  HttpResponse<String> answer =
                      send(
                          "PUT",
                          base + item,
                          auth,
                          "{\"text\":\"" + text + "\",\"revision\":" + seen + "}");
                  if (answer.statusCode() != 200 || !json(answer).getBoolean("changed")) {
                    throw new AssertionError(answer.statusCode() + " " + answer.body());
                  }
                  seen = json(answer).getInt("revision");
                }
                return seen;
              }));
    }
    go.countDown();
    assertEquals(rounds + rounds, clients.get(0).get(60, TimeUnit.SECONDS));
    assertEquals(rounds, clients.get(1).get(60, TimeUnit.SECONDS));

    var stored = fixtures.stored(attemptId);
    assertEquals(rounds + rounds, stored.item(number).getRevision(), "each save written once");
    assertEquals(last.get(number), stored.item(number).getAnswer());
    assertEquals(rounds, stored.item(words).getRevision());
    assertEquals(last.get(words), stored.item(words).getAnswer());
  }

  private TestDefinition newTest(String title) {
    var setup = fixtures.programmeWithBank(AssessmentFixtures.unique(title));
    return fixtures.test(setup, TestKind.ENTRY, null, 1, null);
  }

  private static AttemptView.Item item(AttemptView view, String type) {
    return view.items().stream()
        .filter(i -> i.type().name().equals(type))
        .findFirst()
        .orElseThrow();
  }

  private static long itemOf(JsonObject attempt, String type) {
    return attempt.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("type").equals(type))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private <T> List<T> concurrently(Step<T> step) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < SAVES; i++) {
      int index = i;
      Callable<T> work =
          () -> {
            go.await();
            return step.run(index);
          };
      futures.add(executor.submit(work));
    }
    go.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get(60, TimeUnit.SECONDS));
    }
    return results;
  }

  @FunctionalInterface
  private interface Step<T> {
    T run(int index) throws Exception;
  }

  private static HttpResponse<String> send(String method, String path, String auth, String json) {
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
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
