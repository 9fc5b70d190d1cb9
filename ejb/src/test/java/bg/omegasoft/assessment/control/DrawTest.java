package bg.omegasoft.assessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.assessment.entity.BankTooSmallException;
import bg.omegasoft.assessment.entity.Difficulty;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The random draw: counts per line, difficulty, no question twice, and real randomness. */
class DrawTest {

  /** Bank A: ids 1-10 (1-4 easy, 5-7 medium, 8-10 hard); bank B: ids 11-15, all medium. */
  private static final List<Draw.Candidate> A = candidates(1, 10);

  private static final List<Draw.Candidate> B = candidates(11, 15);

  @Test
  void eachLineGetsItsCountOfItsBankAndDifficultyWithoutRepeats() {
    List<Draw.Line> lines =
        List.of(
            new Draw.Line("A", Difficulty.HARD, 2, A),
            new Draw.Line("A", null, 5, A),
            new Draw.Line("B", null, 3, B));
    for (int seed = 0; seed < 200; seed++) {
      List<Long> drawn = Draw.questions(lines, new Random(seed));
      assertEquals(10, drawn.size());
      assertEquals(10, new HashSet<>(drawn).size(), "no question twice");
      assertTrue(drawn.stream().filter(id -> id >= 8 && id <= 10).count() >= 2, "2 hard");
      assertEquals(7, drawn.stream().filter(id -> id <= 10).count());
      assertEquals(3, drawn.stream().filter(id -> id > 10).count());
    }
  }

  @Test
  void theDrawDiffersBetweenAttemptsAndCoversTheBank() {
    List<Draw.Line> lines = List.of(new Draw.Line("A", null, 3, A));
    Set<List<Long>> draws = new HashSet<>();
    Set<Long> seen = new HashSet<>();
    Random random = new Random(42);
    for (int i = 0; i < 100; i++) {
      List<Long> drawn = Draw.questions(lines, random);
      draws.add(drawn);
      seen.addAll(drawn);
    }
    assertTrue(draws.size() > 50, "different draws: " + draws.size());
    assertEquals(10, seen.size(), "every question comes up");
  }

  @Test
  void aBankTooSmallForTheLineIsRefused() {
    List<Draw.Line> lines = List.of(new Draw.Line("A", Difficulty.HARD, 4, A));
    assertThrows(BankTooSmallException.class, () -> Draw.questions(lines, new Random()));
  }

  @Test
  void optionsAreShuffledOnlyWhenAsked() {
    List<Long> options = List.of(1L, 2L, 3L, 4L, 5L);
    assertEquals(options, Draw.optionOrder(options, false, new Random(1)));
    Set<List<Long>> orders = new HashSet<>();
    Random random = new Random(7);
    for (int i = 0; i < 30; i++) {
      List<Long> order = Draw.optionOrder(options, true, random);
      assertEquals(new HashSet<>(options), new HashSet<>(order));
      orders.add(order);
    }
    assertNotEquals(1, orders.size());
  }

  private static List<Draw.Candidate> candidates(long from, long to) {
    List<Draw.Candidate> list = new ArrayList<>();
    for (long id = from; id <= to; id++) {
      Difficulty d =
          from > 10
              ? Difficulty.MEDIUM
              : id <= 4 ? Difficulty.EASY : id <= 7 ? Difficulty.MEDIUM : Difficulty.HARD;
      list.add(new Draw.Candidate(id, d));
    }
    return list;
  }
}
