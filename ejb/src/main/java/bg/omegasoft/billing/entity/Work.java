package bg.omegasoft.billing.entity;

import bg.omegasoft.shared.entity.ServiceType;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A billable item as the pricing engine sees it.
 *
 * @param mode for time-based work (visits, remote sessions, express): VISIT or REMOTE
 * @param minutes the worked time from the work log, for time-based work
 * @param quantity trainees for standard trainings, 1 otherwise
 * @param amount the agreed amount for quotes, contract fees, or a referral reward; null when the
 *     price list applies
 * @param expressKept whether the 24-hour promise of an express request was kept
 */
public record Work(
    long itemId,
    String sourceKey,
    ServiceType type,
    ServiceType mode,
    LocalDate doneOn,
    int minutes,
    BigDecimal quantity,
    BigDecimal amount,
    boolean expressKept,
    String description) {

  /** The source-key prefix of referral rewards, which are discounts. */
  public static final String REFERRAL = "referral:";

  public boolean isReferralReward() {
    return sourceKey.startsWith(REFERRAL);
  }
}
