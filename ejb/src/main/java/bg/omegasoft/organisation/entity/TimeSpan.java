package bg.omegasoft.organisation.entity;

import java.time.Duration;
import java.time.Instant;

/** A span of time from one moment to a later one, e.g. a clock's pause. */
public record TimeSpan(Instant from, Instant to) {

  public TimeSpan {
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("A span needs a start and an end not before it");
    }
  }

  public Duration length() {
    return Duration.between(from, to);
  }

  public boolean overlaps(Instant start, Instant end) {
    return from.isBefore(end) && start.isBefore(to);
  }
}
