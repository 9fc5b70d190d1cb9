package bg.omegasoft.assessment.control;

import static bg.omegasoft.assessment.control.Questions.optionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bg.omegasoft.assessment.entity.Answer;
import bg.omegasoft.assessment.entity.Question;
import bg.omegasoft.assessment.entity.QuestionType;
import bg.omegasoft.shared.boundary.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scoring of each question type, with the partial-credit rule of multiple choice. */
class GraderTest {

  @Test
  void singleChoiceScoresOnlyTheCorrectOption() {
    Question q = Questions.choice(QuestionType.SINGLE_CHOICE, false, true, false);
    assertEquals(score("1"), grade(q, Answer.ofOptions(List.of(optionId(1)))));
    assertEquals(score("0"), grade(q, Answer.ofOptions(List.of(optionId(0)))));
    assertEquals(score("0"), Grader.score(q, null), "no answer scores nothing");
  }

  @Test
  void multipleChoiceGivesPartialCreditCorrectMinusWrongOverCorrectFlooredAtZero() {
    // options 0, 1, 2 correct; 3 and 4 wrong
    Question q = Questions.choice(QuestionType.MULTIPLE_CHOICE, true, true, true, false, false);
    assertEquals(score("1"), grade(q, options(0, 1, 2)));
    assertEquals(score("0.6667"), grade(q, options(0, 1)));
    assertEquals(score("0.3333"), grade(q, options(0, 1, 3)));
    assertEquals(score("0"), grade(q, options(0, 3)), "as many wrong as right is nothing");
    assertEquals(score("0"), grade(q, options(0, 3, 4)), "never below zero");
    assertEquals(score("0.3333"), grade(q, options(0, 1, 2, 3, 4)), "ticking everything costs");
  }

  @Test
  void trueFalseScoresTheRightValue() {
    Question q = Questions.trueFalse(false);
    assertEquals(score("1"), grade(q, Answer.ofTruth(false)));
    assertEquals(score("0"), grade(q, Answer.ofTruth(true)));
  }

  @Test
  void aNumberWithinTheToleranceScores() {
    Question q = Questions.numeric("620.20", "0.01");
    assertEquals(score("1"), grade(q, Answer.ofText("620,20")));
    assertEquals(score("1"), grade(q, Answer.ofText("620.21")));
    assertEquals(score("1"), grade(q, Answer.ofText(" 620,19 ")));
    assertEquals(score("0"), grade(q, Answer.ofText("620.22")));
    Question exact = Questions.numeric("3", null);
    assertEquals(score("1"), grade(exact, Answer.ofText("3,0")));
    assertThrows(InvalidInputException.class, () -> Answer.ofText("шестстотин").encodeFor(q));
  }

  @Test
  void aShortAnswerIsComparedNormalised() {
    Question q = Questions.shortAnswer("Образец 1", "обр. 1");
    assertEquals(score("1"), grade(q, Answer.ofText("  образец   1. ")));
    // Latin "O", "p", "a", "e", "c" typed on the wrong keyboard in a Cyrillic word
    assertEquals(score("1"), grade(q, Answer.ofText("Oбpaзeц 1")));
    assertEquals(score("0"), grade(q, Answer.ofText("Образец 6")));
  }

  @Test
  void anOptionOfAnotherQuestionIsRefused() {
    Question q = Questions.choice(QuestionType.SINGLE_CHOICE, true, false);
    assertThrows(InvalidInputException.class, () -> Answer.ofOptions(List.of(999L)).encodeFor(q));
    assertThrows(
        InvalidInputException.class,
        () -> Answer.ofOptions(List.of(optionId(0), optionId(1))).encodeFor(q),
        "one option only for a single choice");
  }

  private static BigDecimal grade(Question q, Answer answer) {
    return Grader.score(q, answer.encodeFor(q));
  }

  private static Answer options(int... indexes) {
    return Answer.ofOptions(java.util.Arrays.stream(indexes).mapToObj(i -> optionId(i)).toList());
  }

  private static BigDecimal score(String value) {
    return new BigDecimal(value).setScale(4);
  }
}
