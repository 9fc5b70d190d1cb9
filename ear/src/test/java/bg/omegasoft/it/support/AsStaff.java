package bg.omegasoft.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the demo business consultant "staff" (STAFF). */
@Stateless
@PermitAll
@RunAs("STAFF")
@RunAsPrincipal("staff")
public class AsStaff {

  public <T> T call(Callable<T> work) {
    return Callers.call(work);
  }
}
