package bg.omegasoft.assessment.control;

import bg.omegasoft.assessment.entity.Answer;
import bg.omegasoft.assessment.entity.Question;
import bg.omegasoft.assessment.entity.QuestionOption;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Set;

/**
 * Scores one answer from 0 to 1 point.
 *
 * <ul>
 *   <li>Single choice, true/false: 1 for the correct answer, else 0.
 *   <li>Multiple choice (partial credit): (correct options chosen − wrong options chosen) ÷ correct
 *       options, never below 0. All correct and nothing wrong is 1.
 *   <li>Number: 1 when |answer − expected| ≤ tolerance.
 *   <li>Short answer: 1 when it equals an accepted answer after {@link ShortAnswers#normalise}.
 * </ul>
 *
 * No answer scores 0.
 */
public final class Grader {

  private Grader() {}

  public static BigDecimal score(Question question, String storedAnswer) {
    if (storedAnswer == null) {
      return BigDecimal.ZERO.setScale(4);
    }
    Answer answer = Answer.decode(question.getType(), storedAnswer);
    BigDecimal score =
        switch (question.getType()) {
          case SINGLE_CHOICE -> whole(correctOnly(question, Set.copyOf(answer.options())));
          case MULTIPLE_CHOICE -> partial(question, new HashSet<>(answer.options()));
          case TRUE_FALSE -> whole(question.getTrueAnswer().equals(answer.truth()));
          case NUMERIC ->
              whole(
                  Answer.number(answer.text())
                          .subtract(question.getNumericAnswer())
                          .abs()
                          .compareTo(question.getNumericTolerance())
                      <= 0);
          case SHORT_ANSWER ->
              whole(
                  ShortAnswers.matches(
                      answer.text(),
                      question.getOptions().stream().map(QuestionOption::getText).toList()));
        };
    return score.setScale(4, RoundingMode.HALF_UP);
  }

  private static boolean correctOnly(Question question, Set<Long> chosen) {
    return chosen.size() == 1
        && question.getOptions().stream()
            .filter(QuestionOption::isCorrect)
            .allMatch(o -> chosen.contains(o.getId()));
  }

  private static BigDecimal partial(Question question, Set<Long> chosen) {
    long correct = question.getOptions().stream().filter(QuestionOption::isCorrect).count();
    long right =
        question.getOptions().stream()
            .filter(o -> o.isCorrect() && chosen.contains(o.getId()))
            .count();
    long wrong =
        question.getOptions().stream()
            .filter(o -> !o.isCorrect() && chosen.contains(o.getId()))
            .count();
    if (correct == 0 || right <= wrong) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(right - wrong)
        .divide(BigDecimal.valueOf(correct), 4, RoundingMode.HALF_UP);
  }

  private static BigDecimal whole(boolean right) {
    return right ? BigDecimal.ONE : BigDecimal.ZERO;
  }
}
