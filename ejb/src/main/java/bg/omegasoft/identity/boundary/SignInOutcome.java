package bg.omegasoft.identity.boundary;

/** The answer to a sign-in attempt; only {@link Status#SIGNED_IN} carries a caller. */
public record SignInOutcome(Status status, Caller caller) {

  /** Why a sign-in did or did not succeed. */
  public enum Status {
    SIGNED_IN,
    INVALID_CREDENTIALS,
    LOCKED,
    THROTTLED
  }

  static SignInOutcome signedIn(Caller caller) {
    return new SignInOutcome(Status.SIGNED_IN, caller);
  }

  static SignInOutcome refused(Status status) {
    return new SignInOutcome(status, null);
  }

  public boolean succeeded() {
    return status == Status.SIGNED_IN;
  }
}
