package bg.omegasoft.it.support;

import java.util.concurrent.Callable;

/**
 * Calls made in the name of a demo user with that user's role, for in-container tests: one bean per
 * demo user (AsAdmin, AsTrainee, AsTrainer, AsStaff, AsClientAdmin, AsFinance, AsOperator), so the
 * boundaries' role checks apply for real.
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
