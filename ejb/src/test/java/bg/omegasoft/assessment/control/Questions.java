package bg.omegasoft.assessment.control;

import bg.omegasoft.assessment.entity.Difficulty;
import bg.omegasoft.assessment.entity.Question;
import bg.omegasoft.assessment.entity.QuestionContent;
import bg.omegasoft.assessment.entity.QuestionContent.Choice;
import bg.omegasoft.assessment.entity.QuestionOption;
import bg.omegasoft.assessment.entity.QuestionType;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Test data: questions of each type, with option ids as the database would give them. */
final class Questions {

  private Questions() {}

  static Question choice(QuestionType type, boolean... correct) {
    Choice[] choices = new Choice[correct.length];
    for (int i = 0; i < correct.length; i++) {
      choices[i] = new Choice("Вариант " + (i + 1), correct[i]);
    }
    return withIds(
        Question.create(
            null,
            new QuestionContent(
                type, Difficulty.MEDIUM, "<p>Въпрос</p>", null, null, null, null, List.of(choices)),
            null,
            "trainer",
            Instant.now()));
  }

  static Question trueFalse(boolean answer) {
    return Question.create(
        null,
        new QuestionContent(
            QuestionType.TRUE_FALSE,
            Difficulty.EASY,
            "<p>Вярно?</p>",
            answer,
            null,
            null,
            null,
            null),
        null,
        "trainer",
        Instant.now());
  }

  static Question numeric(String answer, String tolerance) {
    return Question.create(
        null,
        new QuestionContent(
            QuestionType.NUMERIC,
            Difficulty.HARD,
            "<p>Колко?</p>",
            null,
            new BigDecimal(answer),
            tolerance == null ? null : new BigDecimal(tolerance),
            null,
            null),
        null,
        "trainer",
        Instant.now());
  }

  static Question shortAnswer(String... accepted) {
    return withIds(
        Question.create(
            null,
            new QuestionContent(
                QuestionType.SHORT_ANSWER,
                Difficulty.MEDIUM,
                "<p>Кое?</p>",
                null,
                null,
                null,
                null,
                java.util.Arrays.stream(accepted).map(a -> new Choice(a, true)).toList()),
            null,
            "trainer",
            Instant.now()));
  }

  /** Option i gets id 100 + i. */
  static Question withIds(Question question) {
    long id = 100;
    for (QuestionOption option : question.getOptions()) {
      set(option, "id", id++);
    }
    return question;
  }

  static long optionId(int index) {
    return 100 + index;
  }

  static void set(Object target, String field, Object value) {
    try {
      Field f = target.getClass().getDeclaredField(field);
      f.setAccessible(true);
      f.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
