package bg.omegasoft.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the demo finance officer "finance" (FINANCE). */
@Stateless
@PermitAll
@RunAs("FINANCE")
@RunAsPrincipal("finance")
public class AsFinance {

  public <T> T call(Callable<T> work) {
    return Callers.call(work);
  }
}
