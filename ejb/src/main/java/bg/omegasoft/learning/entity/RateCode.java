package bg.omegasoft.learning.entity;

/** The rates of the individual price formula; FINANCE sets their amounts. */
public enum RateCode {
  /** EUR per training hour at beginner level. */
  HOUR_BEGINNER,
  /** EUR per training hour at advanced level. */
  HOUR_ADVANCED,
  /** EUR per trainee: materials, final test and certificate. */
  PER_TRAINEE,
  /** EUR per training day in the vendor's classroom. */
  CLASSROOM_DAY,
  /** Percent added to the hours for training at the client's site. */
  CLIENT_SITE_PERCENT,
  /** EUR per kilometre travelled (both ways) for each training day at the client's site. */
  TRAVEL_PER_KM,
  /** EUR per diem of the trainer for each training day at the client's site. */
  TRAVEL_DAY;

  public String messageKey() {
    return "rate." + name();
  }
}
