package bg.omegasoft.assessment.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classical item analysis of a test's submitted attempts, per question version.
 *
 * <ul>
 *   <li>Facility index: the mean score on the question (0 to 1); high means easy.
 *   <li>Discrimination (upper/lower 27%): attempts are ranked by their total percent; the mean
 *       score on the question in the top 27% minus that in the bottom 27% (−1 to 1). Good questions
 *       have 0.3 or more; near zero or negative means the question does not separate those who know
 *       from those who do not. Left empty while fewer than 4 attempts drew the question.
 * </ul>
 */
public final class ItemStatistics {

  /** Attempts that must have drawn a question before its discrimination is shown. */
  public static final int MIN_ATTEMPTS = 4;

  private ItemStatistics() {}

  /** A submitted attempt and its total percent. */
  public record AttemptScore(long attemptId, BigDecimal percent) {}

  /** The score of one question in one attempt. */
  public record ItemScore(long attemptId, long questionId, BigDecimal score) {}

  /** The statistics of one question. */
  public record Stat(
      long questionId, int attempts, BigDecimal facility, BigDecimal discrimination) {}

  public static List<Stat> of(List<AttemptScore> attempts, List<ItemScore> items) {
    List<AttemptScore> ranked = new ArrayList<>(attempts);
    ranked.sort(Comparator.comparing(AttemptScore::percent).thenComparing(AttemptScore::attemptId));
    int group = Math.max(1, (int) Math.round(ranked.size() * 0.27));
    Set<Long> lower = new HashSet<>();
    Set<Long> upper = new HashSet<>();
    for (int i = 0; i < ranked.size() && i < group; i++) {
      lower.add(ranked.get(i).attemptId());
      upper.add(ranked.get(ranked.size() - 1 - i).attemptId());
    }
    Map<Long, List<ItemScore>> byQuestion = new LinkedHashMap<>();
    for (ItemScore item : items) {
      byQuestion.computeIfAbsent(item.questionId(), q -> new ArrayList<>()).add(item);
    }
    List<Stat> stats = new ArrayList<>();
    byQuestion.forEach(
        (questionId, scores) -> {
          BigDecimal facility = mean(scores);
          BigDecimal discrimination = null;
          if (scores.size() >= MIN_ATTEMPTS) {
            List<ItemScore> top =
                scores.stream().filter(s -> upper.contains(s.attemptId())).toList();
            List<ItemScore> bottom =
                scores.stream().filter(s -> lower.contains(s.attemptId())).toList();
            if (!top.isEmpty() && !bottom.isEmpty()) {
              discrimination = mean(top).subtract(mean(bottom));
            }
          }
          stats.add(new Stat(questionId, scores.size(), facility, discrimination));
        });
    return stats;
  }

  private static BigDecimal mean(List<ItemScore> scores) {
    BigDecimal sum = BigDecimal.ZERO;
    for (ItemScore s : scores) {
      sum = sum.add(s.score());
    }
    return sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
  }
}
