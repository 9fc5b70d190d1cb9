package bg.omegasoft.assessment.entity;

import bg.omegasoft.shared.boundary.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An answer as a trainee gives it: chosen option ids (choice questions), true or false, or text
 * (numbers and short answers). Stored on the attempt item in a compact form of its question's type.
 */
public record Answer(List<Long> options, Boolean truth, String text) {

  public static final int MAX_TEXT = 500;

  public Answer {
    options = options == null ? List.of() : List.copyOf(options);
  }

  public static Answer ofOptions(List<Long> optionIds) {
    return new Answer(optionIds, null, null);
  }

  public static Answer ofTruth(Boolean truth) {
    return new Answer(null, truth, null);
  }

  public static Answer ofText(String text) {
    return new Answer(null, null, text);
  }

  /**
   * The stored form for the question, or null when nothing is answered. Options must be the
   * question's own (a tampered id is refused), a number must be a number.
   */
  public String encodeFor(Question question) {
    return encodeFor(question.key());
  }

  /** As {@link #encodeFor(Question)}, for a question known by its type and option ids. */
  public String encodeFor(QuestionKey question) {
    return switch (question.type()) {
      case SINGLE_CHOICE -> {
        if (options.isEmpty()) {
          yield null;
        }
        if (options.size() != 1) {
          throw new InvalidInputException("answer", "attempt.oneOptionOnly");
        }
        yield String.valueOf(known(question, options.get(0)));
      }
      case MULTIPLE_CHOICE -> {
        if (options.isEmpty()) {
          yield null;
        }
        Set<Long> chosen = new TreeSet<>();
        for (Long option : options) {
          chosen.add(known(question, option));
        }
        yield chosen.stream().map(String::valueOf).collect(Collectors.joining(","));
      }
      case TRUE_FALSE -> truth == null ? null : truth.toString();
      case NUMERIC -> {
        if (text == null || text.isBlank()) {
          yield null;
        }
        yield number(text).toPlainString();
      }
      case SHORT_ANSWER -> {
        if (text == null || text.isBlank()) {
          yield null;
        }
        if (text.strip().length() > MAX_TEXT) {
          throw new InvalidInputException("answer", "attempt.answerTooLong");
        }
        yield text.strip();
      }
    };
  }

  /** The answer back from its stored form. */
  public static Answer decode(QuestionType type, String stored) {
    if (stored == null) {
      return new Answer(null, null, null);
    }
    return switch (type) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE ->
          ofOptions(
              java.util.Arrays.stream(stored.split(","))
                  .filter(s -> !s.isBlank())
                  .map(Long::valueOf)
                  .toList());
      case TRUE_FALSE -> ofTruth(Boolean.valueOf(stored));
      case NUMERIC, SHORT_ANSWER -> ofText(stored);
    };
  }

  /** A number as people type it: "620,20", "620.20", "1 234,5". */
  public static BigDecimal number(String typed) {
    String cleaned = typed.strip().replace(" ", "").replace("\u00a0", "").replace(',', '.');
    try {
      BigDecimal value = new BigDecimal(cleaned);
      if (value.abs().compareTo(new BigDecimal("1000000000000")) >= 0 || value.scale() > 6) {
        throw new InvalidInputException("answer", "attempt.notANumber");
      }
      return value.stripTrailingZeros().scale() < 0
          ? value.setScale(0)
          : value.stripTrailingZeros();
    } catch (NumberFormatException e) {
      throw new InvalidInputException("answer", "attempt.notANumber");
    }
  }

  private static long known(QuestionKey question, Long optionId) {
    if (optionId == null || !question.optionIds().contains(optionId)) {
      throw new InvalidInputException("answer", "attempt.optionUnknown");
    }
    return optionId;
  }
}
