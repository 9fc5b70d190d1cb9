package bg.omegasoft.assessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Facility and upper/lower 27% discrimination. */
class ItemStatisticsTest {

  @Test
  void aQuestionOnlyTheStrongGetRightDiscriminatesAndOneEveryoneGetsRightDoesNot() {
    List<ItemStatistics.AttemptScore> attempts = new ArrayList<>();
    List<ItemStatistics.ItemScore> items = new ArrayList<>();
    for (long a = 1; a <= 10; a++) {
      attempts.add(new ItemStatistics.AttemptScore(a, BigDecimal.valueOf(a * 10)));
      // question 1: right for the top half only; question 2: right for everyone
      items.add(new ItemStatistics.ItemScore(a, 1, a > 5 ? BigDecimal.ONE : BigDecimal.ZERO));
      items.add(new ItemStatistics.ItemScore(a, 2, BigDecimal.ONE));
    }
    List<ItemStatistics.Stat> stats = ItemStatistics.of(attempts, items);
    ItemStatistics.Stat hard = stats.get(0);
    ItemStatistics.Stat easy = stats.get(1);
    assertEquals(new BigDecimal("0.50"), hard.facility());
    assertEquals(new BigDecimal("1.00"), hard.discrimination());
    assertEquals(new BigDecimal("1.00"), easy.facility());
    assertEquals(new BigDecimal("0.00"), easy.discrimination());
    assertEquals(10, hard.attempts());
  }

  @Test
  void tooFewAttemptsHaveNoDiscrimination() {
    List<ItemStatistics.Stat> stats =
        ItemStatistics.of(
            List.of(new ItemStatistics.AttemptScore(1, BigDecimal.TEN)),
            List.of(new ItemStatistics.ItemScore(1, 9, BigDecimal.ONE)));
    assertNull(stats.get(0).discrimination());
  }
}
