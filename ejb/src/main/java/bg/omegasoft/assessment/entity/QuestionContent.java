package bg.omegasoft.assessment.entity;

import bg.omegasoft.shared.boundary.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a question says and how it is scored, as a trainer writes it (or an import brings it):
 * checked before it becomes a question or a new version of one.
 *
 * @param options the options of a choice question, or the accepted answers of a short-answer one
 */
public record QuestionContent(
    QuestionType type,
    Difficulty difficulty,
    String text,
    Boolean trueAnswer,
    BigDecimal numericAnswer,
    BigDecimal numericTolerance,
    String explanation,
    List<Choice> options) {

  public static final int MAX_TEXT = 20_000;
  public static final int MAX_OPTIONS = 10;

  /** One option (or accepted answer) and whether it is correct. */
  public record Choice(String text, boolean correct) {}

  public QuestionContent {
    options = options == null ? List.of() : List.copyOf(options);
  }

  /** Checks the content for its type; the first failing field is named. */
  public void check() {
    if (type == null) {
      throw new InvalidInputException("type", "question.typeRequired");
    }
    if (difficulty == null) {
      throw new InvalidInputException("difficulty", "question.difficultyRequired");
    }
    if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
      throw new InvalidInputException("text", "question.textRequired");
    }
    if (explanation != null && explanation.length() > 2000) {
      throw new InvalidInputException("explanation", "question.explanationTooLong");
    }
    List<Choice> filled = filledOptions();
    if (filled.size() > MAX_OPTIONS
        || filled.stream().anyMatch(o -> o.text().strip().length() > 1000)) {
      throw new InvalidInputException("options", "question.optionsTooMany");
    }
    long correct = filled.stream().filter(Choice::correct).count();
    switch (type) {
      case SINGLE_CHOICE -> {
        if (filled.size() < 2 || correct != 1) {
          throw new InvalidInputException("options", "question.singleChoiceRule");
        }
      }
      case MULTIPLE_CHOICE -> {
        if (filled.size() < 2 || correct < 1) {
          throw new InvalidInputException("options", "question.multipleChoiceRule");
        }
      }
      case TRUE_FALSE -> {
        if (trueAnswer == null) {
          throw new InvalidInputException("trueAnswer", "question.trueFalseRule");
        }
      }
      case NUMERIC -> {
        if (numericAnswer == null
            || (numericTolerance != null && numericTolerance.signum() < 0)
            || numericAnswer.abs().compareTo(new BigDecimal("1000000000000")) >= 0) {
          throw new InvalidInputException("numericAnswer", "question.numericRule");
        }
      }
      case SHORT_ANSWER -> {
        if (filled.isEmpty()) {
          throw new InvalidInputException("options", "question.shortAnswerRule");
        }
      }
    }
  }

  /** The options with text, stripped; for a short answer every one is correct. */
  public List<Choice> filledOptions() {
    return options.stream()
        .filter(o -> o.text() != null && !o.text().isBlank())
        .map(o -> new Choice(o.text().strip(), type == QuestionType.SHORT_ANSWER || o.correct()))
        .toList();
  }
}
