package bg.omegasoft.assessment.control;

import bg.omegasoft.assessment.entity.BankTooSmallException;
import bg.omegasoft.assessment.entity.Difficulty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The random draw of an attempt: for each blueprint line, that many different questions of its bank
 * (of its difficulty, or of any), none twice; then the questions in random order. Lines with a
 * difficulty are drawn before the "any" lines of the same bank, so they are never starved.
 */
public final class Draw {

  private Draw() {}

  /** A question that may be drawn. */
  public record Candidate(long questionId, Difficulty difficulty) {}

  /** One blueprint line with the current questions of its bank. */
  public record Line(
      String bankTitle, Difficulty difficulty, int wanted, List<Candidate> candidates) {}

  /** The ids of the drawn questions, in the order the attempt shows them. */
  public static List<Long> questions(List<Line> lines, Random random) {
    Set<Long> taken = new HashSet<>();
    List<Long> drawn = new ArrayList<>();
    List<Line> ordered = new ArrayList<>(lines);
    ordered.sort(Comparator.comparing(l -> l.difficulty() == null));
    for (Line line : ordered) {
      List<Long> pool = new ArrayList<>();
      for (Candidate c : line.candidates()) {
        if ((line.difficulty() == null || line.difficulty() == c.difficulty())
            && !taken.contains(c.questionId())) {
          pool.add(c.questionId());
        }
      }
      if (pool.size() < line.wanted()) {
        throw new BankTooSmallException(line.bankTitle(), line.wanted(), pool.size());
      }
      Collections.shuffle(pool, random);
      List<Long> chosen = pool.subList(0, line.wanted());
      taken.addAll(chosen);
      drawn.addAll(chosen);
    }
    Collections.shuffle(drawn, random);
    return drawn;
  }

  /** The order in which a question's options are shown: shuffled, or as written. */
  public static List<Long> optionOrder(List<Long> optionIds, boolean shuffle, Random random) {
    List<Long> order = new ArrayList<>(optionIds);
    if (shuffle) {
      Collections.shuffle(order, random);
    }
    return order;
  }
}
