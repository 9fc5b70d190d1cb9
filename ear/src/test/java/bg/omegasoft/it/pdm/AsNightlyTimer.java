package bg.omegasoft.it.pdm;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/**
 * Runs test code the way the 03:00 timer (pdm.batch.NightlyRetention) runs: with the run-as role
 * BATCH_OPERATOR and no user behind it.
 */
@Stateless
@PermitAll
@RunAs("BATCH_OPERATOR")
public class AsNightlyTimer {

  public <T> T call(Callable<T> work) {
    try {
      return work.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
