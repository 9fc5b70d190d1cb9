package bg.omegasoft.servicedesk.entity;

/**
 * Where a referral is: received; the recommended company registered as a client; the referrer's
 * reward earned (its first invoice paid).
 */
public enum ReferralState {
  RECEIVED,
  CLIENT_REGISTERED,
  REWARD_EARNED;

  public String severity() {
    return switch (this) {
      case RECEIVED -> "info";
      case CLIENT_REGISTERED -> "warning";
      case REWARD_EARNED -> "success";
    };
  }

  public String messageKey() {
    return "referrals.state." + name();
  }
}
