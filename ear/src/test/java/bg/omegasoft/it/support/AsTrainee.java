package bg.omegasoft.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test code as demo trainee "trainee" (TRAINEE), so the boundaries' role checks apply for
 * real.
 */
@Stateless
@PermitAll
@RunAs("TRAINEE")
@RunAsPrincipal("trainee")
public class AsTrainee {

  public <T> T call(Callable<T> work) {
    return Callers.call(work);
  }
}
