package bg.omegasoft.assessment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.assessment.control.Grader;
import bg.omegasoft.learning.entity.Level;
import bg.omegasoft.learning.entity.Product;
import bg.omegasoft.learning.entity.Programme;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.learning.entity.Publication;
import bg.omegasoft.learning.entity.Topic;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server's clock on an attempt: deadline, refused late answers, grading once, pass mark. */
class AttemptRulesTest {

  static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

  @Test
  void theDeadlineIsStartPlusTheLimitButNeverAfterTheWindow() {
    assertEquals(NOW.plus(Duration.ofMinutes(30)), test(TestKind.FINAL, null).deadlineFor(NOW));
    Instant closes = NOW.plusSeconds(90);
    assertEquals(closes, test(TestKind.FINAL, closes).deadlineFor(NOW));
  }

  @Test
  void anAnswerAfterTheDeadlineIsRefusedAndTheEarlierOneKept() {
    Attempt attempt = started(test(TestKind.FINAL, null));
    AttemptItem first = attempt.getItems().get(0);
    AttemptItem second = attempt.getItems().get(1);
    assertTrue(attempt.answer(first.getId(), Answer.ofTruth(true), null, NOW.plusSeconds(60)));
    Instant late = attempt.getDeadline();
    assertThrows(
        DeadlinePassedException.class,
        () -> attempt.answer(second.getId(), Answer.ofTruth(true), null, late));
    assertEquals("true", first.getAnswer());
    assertNull(second.getAnswer());
    assertTrue(attempt.isOverdueAt(late));
  }

  @Test
  void submittingGradesOnceAndAFinalTestPassesAtThePassMark() {
    Attempt attempt = started(test(TestKind.FINAL, null));
    List<AttemptItem> items = attempt.getItems();
    for (int i = 0; i < 3; i++) {
      attempt.answer(items.get(i).getId(), Answer.ofTruth(true), null, NOW);
    }
    attempt.answer(items.get(3).getId(), Answer.ofTruth(false), null, NOW);
    assertTrue(
        attempt.submit(NOW.plusSeconds(5), Attempt.SubmittedBy.TRAINEE, AttemptRulesTest::grade));
    assertEquals(new BigDecimal("75.00"), attempt.getScorePercent());
    assertEquals(Boolean.TRUE, attempt.getPassed(), "75 % against a pass mark of 70 %");
    assertEquals(1, attempt.getTopicScores().size());

    assertFalse(
        attempt.submit(NOW.plusSeconds(9), Attempt.SubmittedBy.TRAINEE, item -> BigDecimal.ZERO));
    assertEquals(new BigDecimal("75.00"), attempt.getScorePercent(), "graded once");
    assertEquals(NOW.plusSeconds(5), attempt.getSubmittedAt());
    assertThrows(
        AttemptSubmittedException.class,
        () ->
            attempt.answer(items.get(3).getId(), Answer.ofTruth(true), null, NOW.plusSeconds(10)));
  }

  @Test
  void theServerClosesAnOverdueAttemptAsOfItsDeadlineAndAnEntryTestHasNoVerdict() {
    Attempt attempt = started(test(TestKind.ENTRY, null));
    Instant muchLater = attempt.getDeadline().plusSeconds(600);
    attempt.submit(muchLater, Attempt.SubmittedBy.SERVER, AttemptRulesTest::grade);
    assertEquals(attempt.getDeadline(), attempt.getSubmittedAt());
    assertNull(attempt.getPassed());
    assertEquals(new BigDecimal("0.00"), attempt.getScorePercent());
  }

  @Test
  void aClosedTestOrUsedUpAttemptsCannotStart() {
    TestDefinition closed = test(TestKind.FINAL, NOW.minusSeconds(1));
    assertThrows(
        TestNotAvailableException.class,
        () -> Attempt.start(closed, null, 1, NOW, List.of(), q -> List.of()));
    TestDefinition open = test(TestKind.FINAL, null);
    assertThrows(
        AttemptsUsedUpException.class,
        () -> Attempt.start(open, null, 3, NOW, List.of(), q -> List.of()));
  }

  private static BigDecimal grade(AttemptItem item) {
    return Grader.score(item.getQuestion(), item.getAnswer());
  }

  private static Attempt started(TestDefinition test) {
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      questions.add(
          Question.create(
              test.getBlueprint().get(0).getBank(),
              new QuestionContent(
                  QuestionType.TRUE_FALSE,
                  Difficulty.EASY,
                  "<p>Вярно?</p>",
                  true,
                  null,
                  null,
                  null,
                  null),
              null,
              "trainer",
              NOW));
    }
    Attempt attempt = Attempt.start(test, null, 1, NOW, questions, q -> List.of());
    long id = 1;
    for (AttemptItem item : attempt.getItems()) {
      set(item, "id", id++);
    }
    return attempt;
  }

  private static TestDefinition test(TestKind kind, Instant until) {
    Product product = new Product("PAYROLL", "Омекс ТРЗ", 1);
    set(product, "id", 1L);
    Topic topic = product.addTopic("Месечна заплата");
    Programme programme = Programme.standard(product, Level.BEGINNER, "ТРЗ", "trainer", NOW);
    ProgrammeVersion version = programme.latest();
    version.describe("ТРЗ", null, null, new BigDecimal("240"), 70);
    version.addModule("Модул", null, BigDecimal.ONE, topic).addLesson("Урок");
    programme.publishDraft(Publication.firstEdition(LocalDate.of(2026, 1, 1)), "trainer", NOW);
    TestDefinition test =
        new TestDefinition(
            kind,
            version,
            null,
            new TestSettings("Тест", 30, 2, null, until, false, false),
            "trainer",
            NOW.minusSeconds(3600));
    test.addLine(new QuestionBank(topic, Level.BEGINNER, "Банка", "trainer", NOW), null, 4);
    test.publish();
    return test;
  }

  private static void set(Object target, String field, Object value) {
    try {
      Field f = target.getClass().getDeclaredField(field);
      f.setAccessible(true);
      f.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
