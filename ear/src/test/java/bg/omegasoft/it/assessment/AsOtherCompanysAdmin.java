package bg.omegasoft.it.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test code as the client administrator of another company than the demo trainee's (made by
 * {@link AssessmentFixtures#otherCompanysAdmin()}).
 */
@Stateless
@PermitAll
@RunAs("CLIENT_ADMIN")
@RunAsPrincipal(AssessmentFixtures.OTHER_COMPANYS_ADMIN)
public class AsOtherCompanysAdmin {

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
