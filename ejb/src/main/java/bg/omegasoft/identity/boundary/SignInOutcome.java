package bg.omegasoft.identity.boundary;

import java.time.Duration;

/**
 * The answer to a sign-in attempt. Only {@link Status#SIGNED_IN} carries a caller and a renewed
 * device cookie; {@link Status#THROTTLED} carries the delay between attempts that applies now. An
 * unknown user name gets exactly the answers an existing one would get.
 */
public record SignInOutcome(Status status, Caller caller, Duration delay, DeviceCookie device) {

  /** Why a sign-in did or did not succeed. */
  public enum Status {
    SIGNED_IN,
    INVALID_CREDENTIALS,
    THROTTLED
  }

  static SignInOutcome signedIn(Caller caller, DeviceCookie device) {
    return new SignInOutcome(Status.SIGNED_IN, caller, Duration.ZERO, device);
  }

  static SignInOutcome invalid() {
    return new SignInOutcome(Status.INVALID_CREDENTIALS, null, Duration.ZERO, null);
  }

  static SignInOutcome throttled(Duration delay) {
    return new SignInOutcome(Status.THROTTLED, null, delay, null);
  }

  public boolean succeeded() {
    return status == Status.SIGNED_IN;
  }
}
