package bg.omegasoft.it.support;

import java.util.concurrent.Callable;

/**
 * Calls made in the name of a demo user with that user's role, for in-container tests: see {@link
 * AsAdmin}, {@link AsOperator} and {@link AsTrainee}.
 */
final class Callers {

  private Callers() {}

  static <T> T call(Callable<T> work) {
    try {
      return work.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
