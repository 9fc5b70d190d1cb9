package bg.omegasoft.operations.boundary;

import java.time.Duration;
import java.time.Instant;

/** Durations of executions and steps as an operator reads them. */
final class Durations {

  private Durations() {}

  static String text(Instant start, Instant end) {
    if (start == null) {
      return "";
    }
    Duration took = Duration.between(start, end == null ? Instant.now() : end);
    return String.format(
        "%d:%02d:%02d", took.toHours(), took.toMinutesPart(), took.toSecondsPart());
  }
}
