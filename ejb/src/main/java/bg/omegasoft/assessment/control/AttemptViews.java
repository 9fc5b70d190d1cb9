package bg.omegasoft.assessment.control;

import bg.omegasoft.assessment.boundary.AttemptView;
import bg.omegasoft.assessment.boundary.ResultView;
import bg.omegasoft.assessment.entity.Answer;
import bg.omegasoft.assessment.entity.Attempt;
import bg.omegasoft.assessment.entity.AttemptItem;
import bg.omegasoft.assessment.entity.Question;
import bg.omegasoft.assessment.entity.QuestionOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns attempts into what pages and the API show: no keys while running, review after. */
public final class AttemptViews {

  private AttemptViews() {}

  public static AttemptView running(Attempt attempt, Instant now) {
    return new AttemptView(
        attempt.getId(),
        attempt.getTest().getId(),
        attempt.getTest().getTitle(),
        attempt.getTest().getKind(),
        attempt.getNumber(),
        attempt.getStatus(),
        attempt.getStartedAt(),
        attempt.getDeadline(),
        now,
        attempt.getItems().stream().map(AttemptViews::item).toList());
  }

  private static AttemptView.Item item(AttemptItem item) {
    Question question = item.getQuestion();
    Answer given = item.answerGiven();
    List<AttemptView.Option> options =
        item.getOptionOrder().stream()
            .map(id -> question.option(id).orElseThrow())
            .map(o -> new AttemptView.Option(o.getId(), o.getText()))
            .toList();
    return new AttemptView.Item(
        item.getId(),
        item.getPosition(),
        question.getType(),
        question.getText(),
        question.getImageId(),
        question.getType().isChoice() ? options : List.of(),
        given.options(),
        given.truth(),
        given.text(),
        item.getRevision());
  }

  /**
   * The result; the review of answers only when {@code withReview} (the test's window has closed
   * and it allows review, or a trainer is looking).
   */
  public static ResultView result(Attempt attempt, boolean withReview) {
    List<ResultView.Topic> topics =
        attempt.getTopicScores().stream()
            .map(
                t ->
                    new ResultView.Topic(
                        t.getTopicName(), t.getPoints(), t.getMaxPoints(), t.getPercent()))
            .toList();
    return new ResultView(
        attempt.getId(),
        attempt.getTest().getId(),
        attempt.getTest().getTitle(),
        attempt.getTest().getKind(),
        attempt.getNumber(),
        attempt.getTrainee().getFullName(),
        attempt.getStatus(),
        attempt.getSubmittedAt(),
        attempt.getSubmittedBy(),
        attempt.getPoints(),
        attempt.getMaxPoints(),
        attempt.getScorePercent(),
        attempt.getPassMark(),
        attempt.getPassed(),
        topics,
        withReview,
        attempt.getTest().isReviewAllowed() ? attempt.getTest().getAvailableUntil() : null,
        withReview ? attempt.getItems().stream().map(AttemptViews::review).toList() : List.of());
  }

  private static ResultView.ReviewItem review(AttemptItem item) {
    Question question = item.getQuestion();
    Answer given = item.answerGiven();
    Set<Long> chosen = new HashSet<>(given.options());
    List<Long> order =
        item.getOptionOrder().isEmpty()
            ? question.getOptions().stream().map(QuestionOption::getId).toList()
            : item.getOptionOrder();
    List<ResultView.ReviewOption> options =
        question.getType().isChoice()
            ? order.stream()
                .map(id -> question.option(id).orElseThrow())
                .map(
                    o ->
                        new ResultView.ReviewOption(
                            o.getText(), o.isCorrect(), chosen.contains(o.getId())))
                .toList()
            : List.of();
    String givenText =
        switch (question.getType()) {
          case TRUE_FALSE -> given.truth() == null ? null : given.truth().toString();
          case NUMERIC, SHORT_ANSWER -> given.text();
          default -> null;
        };
    String expected =
        switch (question.getType()) {
          case TRUE_FALSE -> question.getTrueAnswer().toString();
          case NUMERIC ->
              question.getNumericAnswer().stripTrailingZeros().toPlainString()
                  + (question.getNumericTolerance().signum() == 0
                      ? ""
                      : " ± "
                          + question.getNumericTolerance().stripTrailingZeros().toPlainString());
          case SHORT_ANSWER ->
              question.getOptions().stream()
                  .map(QuestionOption::getText)
                  .collect(Collectors.joining(" / "));
          default -> null;
        };
    return new ResultView.ReviewItem(
        item.getPosition(),
        question.getType(),
        question.getText(),
        question.getImageId(),
        options,
        givenText,
        expected,
        item.getScore(),
        question.getExplanation());
  }
}
