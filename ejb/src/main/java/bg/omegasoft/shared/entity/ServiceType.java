package bg.omegasoft.shared.entity;

/**
 * The kinds of billable service the charter names. The price list gives each a unit and a price;
 * contracts say which of them they cover; the pricing engine turns work into lines by them.
 */
public enum ServiceType {
  /** Work at the client's site: per hour, every started half hour counted. */
  VISIT,
  /** Remote work: every started quarter hour counted. */
  REMOTE,
  /** Express service: the list price of the work doubled when the 24-hour promise was kept. */
  EXPRESS,
  /** Recovery of a forgotten password: a fixed price. */
  PASSWORD_RECOVERY,
  /** Change of a licence's owner: a fixed fee. */
  LICENCE_OWNER_CHANGE,
  /** Standard training: per trainee. */
  TRAINING,
  /** An accepted quote for an individual training programme: its quoted amount. */
  INDIVIDUAL_TRAINING,
  /** A service contract's periodic fee. */
  CONTRACT_FEE
}
