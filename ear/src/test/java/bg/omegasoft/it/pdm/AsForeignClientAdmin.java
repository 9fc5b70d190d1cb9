package bg.omegasoft.it.pdm;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test code as "pdm-it-foreign", the administrator of another client company than the demo
 * users' Деметра Агро (created by {@link PdmFixtures#foreignClient}).
 */
@Stateless
@PermitAll
@RunAs("CLIENT_ADMIN")
@RunAsPrincipal(PdmFixtures.FOREIGN_ADMIN)
public class AsForeignClientAdmin {

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
