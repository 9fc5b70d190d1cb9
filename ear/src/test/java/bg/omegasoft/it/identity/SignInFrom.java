package bg.omegasoft.it.identity;

import bg.omegasoft.identity.boundary.Accounts;
import bg.omegasoft.identity.boundary.SignInOutcome;
import bg.omegasoft.shared.boundary.RequestOrigin;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sign-in attempts as they come from a given client address (the web layer fills in the address of
 * each HTTP request; this does the same for in-container tests, also from threads of their own).
 */
@Stateless
@PermitAll
public class SignInFrom {

  @Inject RequestOrigin origin;
  @EJB Accounts accounts;

  public SignInOutcome signIn(String address, String username, String password) {
    return signIn(address, username, password, List.of());
  }

  /** The same from a browser that brings these device cookies. */
  public SignInOutcome signIn(
      String address, String username, String password, Collection<String> deviceCookies) {
    origin.address(address);
    return accounts.signIn(username, password, deviceCookies);
  }

  /** An address of the private range 10/8 no other test uses, so each test starts afresh. */
  public static String randomAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
  }
}
