package bg.omegasoft.it.servicedesk;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits, bounded in time, for something the server does on its own schedule. */
final class Eventually {

  private Eventually() {}

  static <T> T until(Duration limit, Callable<T> probe, java.util.function.Predicate<T> done)
      throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    T value = probe.call();
    while (!done.test(value)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Still not there after " + limit + ": " + value);
      }
      Thread.sleep(250);
      value = probe.call();
    }
    return value;
  }
}
