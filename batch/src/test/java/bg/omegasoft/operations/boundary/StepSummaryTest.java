package bg.omegasoft.operations.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.batch.runtime.BatchStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StepSummaryTest {

  private static final Instant INVOICED = Instant.parse("2026-11-27T07:08:13.393Z");

  private static StepSummary step(Instant start, Instant end) {
    return new StepSummary(
        "deliver", BatchStatus.COMPLETED, "COMPLETED", start, end, 1000, 1000, 0, 0, 52, 0);
  }

  @Test
  void aStepReportedAsStartingAtItsEndBeganWhenThePreviousStepEnded() {
    StepSummary reported =
        step(Instant.parse("2026-11-27T07:08:30.213Z"), Instant.parse("2026-11-27T07:08:30.223Z"));

    StepSummary corrected = reported.startedBy(INVOICED);

    assertEquals(INVOICED, corrected.start());
    assertEquals(reported.end(), corrected.end());
    assertEquals("0:00:16", corrected.duration());
  }

  @Test
  void aStepThatBeganBeforeThePreviousEndOrHasNoTimesIsLeftAlone() {
    StepSummary early = step(INVOICED.minusSeconds(1), INVOICED.plusSeconds(5));
    StepSummary notStarted = step(null, null);

    assertSame(early, early.startedBy(INVOICED));
    assertSame(notStarted, notStarted.startedBy(INVOICED));
    assertSame(early, early.startedBy(null));
  }
}
