package bg.omegasoft.it.pdm;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test code as "pdm-it-subject", a client administrator of the foreign company whose data
 * subject rights are exercised (created by {@link PdmFixtures#subject}).
 */
@Stateless
@PermitAll
@RunAs("CLIENT_ADMIN")
@RunAsPrincipal(PdmFixtures.SUBJECT)
public class AsDataSubject {

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
