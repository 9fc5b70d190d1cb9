package bg.omegasoft.operations.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The operator's progress bar and durations. */
class ProgressTest {

  @Test
  void percentIsWholeAndCappedAndAStepWithNothingToDoIsComplete() {
    assertEquals(0, new Progress(0, 7).percent());
    assertEquals(42, new Progress(3, 7).percent());
    assertEquals(100, new Progress(7, 7).percent());
    assertEquals(100, new Progress(9, 7).percent(), "never beyond the bar");
    assertEquals(100, new Progress(0, 0).percent());
  }

  @Test
  void durationsReadAsHoursMinutesSeconds() {
    Instant start = Instant.parse("2026-11-28T00:00:00Z");
    assertEquals("1:02:03", Durations.text(start, start.plusSeconds(3723)));
    assertEquals("0:00:00", Durations.text(start, start));
    assertEquals("", Durations.text(null, null), "not started yet");
  }
}
