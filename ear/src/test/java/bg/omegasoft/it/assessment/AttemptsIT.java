package bg.omegasoft.it.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.assessment.boundary.AttemptView;
import bg.omegasoft.assessment.boundary.Attempts;
import bg.omegasoft.assessment.boundary.ResultView;
import bg.omegasoft.assessment.control.AttemptSweeper;
import bg.omegasoft.assessment.entity.Answer;
import bg.omegasoft.assessment.entity.AnswerConflictException;
import bg.omegasoft.assessment.entity.Attempt;
import bg.omegasoft.assessment.entity.AttemptStatus;
import bg.omegasoft.assessment.entity.AttemptsUsedUpException;
import bg.omegasoft.assessment.entity.TestDefinition;
import bg.omegasoft.assessment.entity.TestKind;
import bg.omegasoft.it.support.AsTrainee;
import bg.omegasoft.it.support.AsTrainer;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.learning.boundary.IndividualProgrammes;
import bg.omegasoft.shared.boundary.BusinessException;
import bg.omegasoft.shared.boundary.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attempts on MariaDB with the server's clock: answers after the deadline refused with the earlier
 * ones kept, the server submitting an abandoned attempt by itself, double and concurrent submission
 * graded once, tampered ids refused, resuming instead of a second attempt, two tabs never losing a
 * write, no scoring key in what the trainee gets, the attempts limit, and entry tests feeding the
 * competence profile.
 */
@ExtendWith(ArquillianExtension.class)
class AttemptsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(AttemptsIT.class);
  }

  @EJB AssessmentFixtures fixtures;
  @EJB Attempts attempts;
  @EJB AsTrainee asTrainee;
  @EJB AsTrainer asTrainer;
  @EJB IndividualProgrammes individuals;
  @EJB bg.omegasoft.assessment.boundary.QuestionBanks banks;

  @Resource ManagedExecutorService executor;

  @Test
  void anAnswerAfterTheDeadlineIsRefusedAndTheEarlierAnswersAreKept() throws Exception {
    var setup = fixtures.programmeWithBank(AssessmentFixtures.unique("Срок"));
    // the window closes in 4 seconds, so the attempt's deadline is then (not start + 10 minutes)
    TestDefinition test =
        fixtures.test(setup, TestKind.ENTRY, null, 1, Instant.now().plusSeconds(4));
    AttemptView view = asTrainee.call(() -> attempts.start(test.getId()));
    assertTrue(
        view.deadline().isBefore(Instant.now().plusSeconds(5)), "deadline " + view.deadline());
    AttemptView.Item first = view.items().get(0);
    AttemptView.Item second = view.items().get(1);
    asTrainee.call(() -> attempts.answer(view.id(), first.id(), Answering.right(first), null));

    sleepUntil(view.deadline().plusMillis(300));

    assertThrows(
        BusinessException.class,
        () ->
            asTrainee.call(
                () -> attempts.answer(view.id(), second.id(), Answering.right(second), null)));
    Attempt stored = fixtures.stored(view.id());
    assertNotNull(stored.item(first.id()).getAnswer(), "the answer before the deadline is kept");
    assertNull(stored.item(second.id()).getAnswer(), "the late answer was not stored");
  }

  @Test
  void theServerSubmitsAnAttemptWhoseDeadlinePassesEvenWithNoBrowser() throws Exception {
    var setup = fixtures.programmeWithBank(AssessmentFixtures.unique("Сървърът предава"));
    TestDefinition test =
        fixtures.test(setup, TestKind.ENTRY, null, 1, Instant.now().plusSeconds(3));
    AttemptView view = asTrainee.call(() -> attempts.start(test.getId()));
    AttemptView.Item item = view.items().get(0);
    asTrainee.call(() -> attempts.answer(view.id(), item.id(), Answering.right(item), null));

    // nobody reads or submits the attempt any more: only the server's sweep can close it
    Instant limit = view.deadline().plusMillis(3 * AttemptSweeper.INTERVAL_MILLIS);
    Attempt stored = fixtures.stored(view.id());
    while (stored.getStatus() != AttemptStatus.SUBMITTED && Instant.now().isBefore(limit)) {
      Thread.sleep(250);
      stored = fixtures.stored(view.id());
    }
    assertEquals(AttemptStatus.SUBMITTED, stored.getStatus());
    assertEquals(Attempt.SubmittedBy.SERVER, stored.getSubmittedBy());
    assertFalse(stored.getSubmittedAt().isAfter(stored.getDeadline()), "closed as of its deadline");
    assertEquals(new BigDecimal("25.00"), stored.getScorePercent(), "one of four answered right");
    assertEquals(1, fixtures.auditCount("ATTEMPT_SUBMITTED_AT_DEADLINE", view.id()));
  }

  @Test
  void aDoubleSubmissionGivesTheSameResultOnceEvenAtTheSameMoment() throws Exception {
    var setup = fixtures.programmeWithBank(AssessmentFixtures.unique("Двойно"));
    TestDefinition test = fixtures.test(setup, TestKind.ENTRY, null, 1, null);
    AttemptView view = asTrainee.call(() -> attempts.start(test.getId()));
    for (AttemptView.Item item : view.items().subList(0, 2)) {
      asTrainee.call(() -> attempts.answer(view.id(), item.id(), Answering.right(item), null));
    }

    List<ResultView> results =
        concurrently(() -> asTrainee.call(() -> attempts.submit(view.id())), 2);
    ResultView again = asTrainee.call(() -> attempts.submit(view.id()));

    assertEquals(new BigDecimal("50.00"), results.get(0).percent());
    assertEquals(results.get(0).percent(), results.get(1).percent());
    assertEquals(results.get(0).submittedAt(), again.submittedAt());
    assertEquals(1, fixtures.auditCount("ATTEMPT_SUBMITTED", view.id()), "graded once");
    assertThrows(
        BusinessException.class,
        () ->
            asTrainee.call(
                () ->
                    attempts.answer(
                        view.id(), view.items().get(3).id(), Answer.ofTruth(true), null)));
  }

  @Test
  void tamperedQuestionAndOptionIdsAreRefused() {
    var setup = fixtures.programmeWithBank(AssessmentFixtures.unique("Подправени"));
    TestDefinition test = fixtures.test(setup, TestKind.ENTRY, null, 1, null);
    TestDefinition other = fixtures.test(setup, TestKind.ENTRY, null, 1, null);
    AttemptView view = asTrainee.call(() -> attempts.start(test.getId()));
    AttemptView foreign = asTrainee.call(() -> attempts.start(other.getId()));
    AttemptView.Item choice =
        view.items().stream().filter(i -> !i.options().isEmpty()).findFirst().orElseThrow();
    AttemptView.Item foreignChoice =
        foreign.items().stream().filter(i -> !i.options().isEmpty()).findFirst().orElseThrow();

    // an option of the same question in another attempt's copy is fine; of another question, not
    assertThrows(
        InvalidInputException.class,
        () ->
            asTrainee.call(
                () ->
                    attempts.answer(
                        view.id(), choice.id(), Answer.ofOptions(List.of(999_999_999L)), null)));
    assertThrows(
        InvalidInputException.class,
        () ->
            asTrainee.call(
                () ->
                    attempts.answer(
                        view.id(), foreignChoice.id(), Answering.right(foreignChoice), null)),
        "an item of another attempt");
    assertThrows(
        jakarta.ejb.EJBAccessException.class,
        () -> asTrainer.call(() -> attempts.view(view.id())),
        "a trainer does not take tests");
    assertNull(fixtures.stored(view.id()).item(choice.id()).getAnswer());
  }

  @Test
  void aReloadOrASecondStartResumesTheSameAttempt() throws Exception {
    var setup = fixtures.programmeWithBank(AssessmentFixtures.unique("Продължаване"));
    TestDefinition test = fixtures.test(setup, TestKind.ENTRY, null, 3, null);

    List<AttemptView> started =
        concurrently(() -> asTrainee.call(() -> attempts.start(test.getId())), 4);
    AttemptView again = asTrainee.call(() -> attempts.start(test.getId()));

    assertTrue(started.stream().allMatch(v -> v.id() == started.get(0).id()), "one attempt");
    assertEquals(started.get(0).id(), again.id());
    assertEquals(
        started.get(0).items().stream().map(AttemptView.Item::id).toList(),
        again.items().stream().map(AttemptView.Item::id).toList(),
        "the same draw in the same order");
  }

  @Test
  void twoTabsSeeTheSameAnswersAndNoWriteIsLost() throws Exception {
    var setup = fixtures.programmeWithBank(AssessmentFixtures.unique("Два раздела"));
    TestDefinition test = fixtures.test(setup, TestKind.ENTRY, null, 1, null);
    AttemptView tabA = asTrainee.call(() -> attempts.start(test.getId()));
    AttemptView tabB = asTrainee.call(() -> attempts.start(test.getId()));
    AttemptView.Item truth =
        tabA.items().stream()
            .filter(i -> i.type().name().equals("TRUE_FALSE"))
            .findFirst()
            .orElseThrow();

    var saved =
        asTrainee.call(() -> attempts.answer(tabA.id(), truth.id(), Answer.ofTruth(true), 0));
    assertEquals(1, saved.revision());
    // tab B still shows revision 0: a different answer is not written over tab A's
    assertThrows(
        AnswerConflictException.class,
        () ->
            asTrainee.call(() -> attempts.answer(tabB.id(), truth.id(), Answer.ofTruth(false), 0)));
    // the same answer again (a retry after a lost connection) is simply accepted
    var retried =
        asTrainee.call(() -> attempts.answer(tabB.id(), truth.id(), Answer.ofTruth(true), 0));
    assertFalse(retried.changed());
    assertEquals(1, retried.revision());

    // both tabs save different questions at the same moment: both answers are kept
    List<AttemptView.Item> others =
        tabA.items().stream().filter(i -> i.id() != truth.id()).toList();
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> saves =
        others.stream()
            .<Future<?>>map(
                item ->
                    executor.submit(
                        () -> {
                          go.await();
                          return asTrainee.call(
                              () ->
                                  attempts.answer(
                                      tabA.id(), item.id(), Answering.right(item), null));
                        }))
            .toList();
    go.countDown();
    for (Future<?> save : saves) {
      save.get(30, TimeUnit.SECONDS);
    }
    AttemptView reloadedA = asTrainee.call(() -> attempts.view(tabA.id()));
    AttemptView reloadedB = asTrainee.call(() -> attempts.view(tabB.id()));
    assertEquals(4, reloadedA.getAnsweredCount());
    assertEquals(tabA.id(), tabB.id(), "the second tab resumed the same attempt");
    assertEquals(reloadedA.items(), reloadedB.items(), "both tabs see the same answers");
  }

  @Test
  void editingADrawnQuestionMakesANewVersionAndThePastAttemptKeepsItsOwn() {
    var setup = fixtures.programmeWithBank(AssessmentFixtures.unique("Версии"));
    TestDefinition test = fixtures.test(setup, TestKind.ENTRY, null, 2, null);
    AttemptView view = asTrainee.call(() -> attempts.start(test.getId()));
    AttemptView.Item truth =
        view.items().stream()
            .filter(i -> i.type().name().equals("TRUE_FALSE"))
            .findFirst()
            .orElseThrow();
    long questionId = fixtures.stored(view.id()).item(truth.id()).getQuestion().getId();

    var edited =
        asTrainer.call(
            () -> {
              var content = banks.question(questionId).content();
              return banks.edit(
                  questionId,
                  new bg.omegasoft.assessment.entity.QuestionContent(
                      content.type(),
                      content.difficulty(),
                      "<p>Данъкът е 10 % (нова редакция).</p>",
                      false,
                      null,
                      null,
                      null,
                      null),
                  null);
            });

    assertTrue(edited.getId() != questionId, "a new version, not an edit in place");
    assertEquals(2, edited.getNumber());
    assertEquals(2, asTrainer.call(() -> banks.history(edited.getId())).size());
    Attempt stored = fixtures.stored(view.id());
    assertEquals(questionId, stored.item(truth.id()).getQuestion().getId());
    assertTrue(
        stored.item(truth.id()).getQuestion().getText().contains("10 %."),
        "the past attempt keeps its text");
    asTrainee.call(() -> attempts.submit(view.id()));
    AttemptView next = asTrainee.call(() -> attempts.start(test.getId()));
    assertTrue(
        next.items().stream().anyMatch(i -> i.html().contains("нова редакция")),
        "a new attempt draws the new version");
  }

  @Test
  void whatTheTraineeGetsCarriesNoScoringKey() {
    var setup = fixtures.programmeWithBank(AssessmentFixtures.unique("Без ключове"));
    TestDefinition test = fixtures.test(setup, TestKind.ENTRY, null, 1, null);
    AttemptView view = asTrainee.call(() -> attempts.start(test.getId()));
    String everything = view.toString();
    assertFalse(everything.contains(AssessmentFixtures.SECRET_ANSWER), everything);
    assertFalse(everything.contains("4321"), everything);
    assertFalse(everything.toLowerCase().contains("correct"), everything);
    assertEquals(4, view.items().size());
  }

  @Test
  void theAttemptsLimitHoldsAndGradingIsPerTopic() {
    var setup = fixtures.programmeWithBank(AssessmentFixtures.unique("Лимит"));
    TestDefinition test = fixtures.test(setup, TestKind.ENTRY, null, 1, null);
    AttemptView view = asTrainee.call(() -> attempts.start(test.getId()));
    for (AttemptView.Item item : view.items()) {
      asTrainee.call(() -> attempts.answer(view.id(), item.id(), Answering.right(item), null));
    }
    ResultView result = asTrainee.call(() -> attempts.submit(view.id()));
    assertEquals(new BigDecimal("100.00"), result.percent());
    assertNull(result.passed(), "an entry test has no pass or fail");
    assertEquals(1, result.topics().size());
    assertEquals(new BigDecimal("100.00"), result.topics().get(0).percent());
    assertThrows(
        AttemptsUsedUpException.class, () -> asTrainee.call(() -> attempts.start(test.getId())));

    // the demo trainee works for Деметра Агро: the entry test shows in its competence profile
    long demetra = fixtures.demoTrainee().getClientId();
    var profile = asTrainer.call(() -> individuals.entryTestResults(demetra));
    assertTrue(
        profile.stream().anyMatch(t -> t.topic().equals("Тема " + setup.programme().getTitle())),
        profile.toString());
    var people = asTrainer.call(() -> individuals.entryTestProfiles(demetra));
    assertTrue(people.stream().anyMatch(p -> p.person().equals("Иван Петров")), people.toString());
  }

  private <T> List<T> concurrently(Callable<T> work, int times) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<T>> futures =
        java.util.stream.IntStream.range(0, times)
            .mapToObj(
                i ->
                    executor.submit(
                        () -> {
                          go.await();
                          return work.call();
                        }))
            .toList();
    go.countDown();
    List<T> results = new java.util.ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get(60, TimeUnit.SECONDS));
    }
    return results;
  }

  private static void sleepUntil(Instant moment) throws InterruptedException {
    long millis = Duration.between(Instant.now(), moment).toMillis();
    if (millis > 0) {
      Thread.sleep(millis);
    }
  }
}
