package bg.omegasoft.assessment.entity;

import java.util.List;

/**
 * What it takes to check that an answer fits a question: its type and its option ids. It holds no
 * scoring key. A drawn question version never changes, so this can be kept in memory.
 */
public record QuestionKey(QuestionType type, List<Long> optionIds) {

  public QuestionKey {
    optionIds = List.copyOf(optionIds);
  }
}
