package bg.omegasoft.identity.control;

import java.time.Duration;
import java.util.List;

/**
 * The throttle's answer to a sign-in attempt before its password is checked: admitted (and counted
 * under these counters until it succeeds), or held back with the delay between attempts that
 * applies now.
 */
public record Admission(boolean admitted, Duration delay, List<String> counterKeys) {

  static Admission admitted(List<String> counterKeys) {
    return new Admission(true, Duration.ZERO, List.copyOf(counterKeys));
  }

  static Admission heldBack(Duration delay) {
    return new Admission(false, delay, List.of());
  }
}
