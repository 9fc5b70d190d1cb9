package bg.omegasoft.assessment.boundary;

import bg.omegasoft.assessment.entity.Difficulty;
import bg.omegasoft.assessment.entity.QuestionType;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * How one question (in one version) did in a test: how many attempts drew it, its facility index
 * and its discrimination (upper/lower 27%; null while too few attempts drew it).
 */
public record QuestionStatistic(
    long questionId,
    int questionVersion,
    String text,
    String bank,
    QuestionType type,
    Difficulty difficulty,
    int attempts,
    BigDecimal facility,
    BigDecimal discrimination)
    implements Serializable {}
