package bg.omegasoft.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the demo client administrator of Деметра Агро "clientadmin" (CLIENT_ADMIN). */
@Stateless
@PermitAll
@RunAs("CLIENT_ADMIN")
@RunAsPrincipal("clientadmin")
public class AsClientAdmin {

  public <T> T call(Callable<T> work) {
    return Callers.call(work);
  }
}
