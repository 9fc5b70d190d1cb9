package bg.omegasoft.identity.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * What an administrator sees of an account's sign-in throttling: the failed attempts from devices
 * the account does not recognise within the current window, and until when such attempts are held
 * back (null when they are not).
 */
public record SignInState(int failures, Instant heldUntil) implements Serializable {

  static final SignInState CLEAR = new SignInState(0, null);

  public boolean isClear() {
    return failures == 0;
  }
}
