package bg.omegasoft.servicedesk.control;

import bg.omegasoft.organisation.entity.WorkingCalendar;
import bg.omegasoft.shared.control.PublicAddress;
import bg.omegasoft.shared.control.Settings;
import bg.omegasoft.shared.control.SofiaTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The links by which a requester accepts or disputes a protocol without an account, made as the
 * confirmation links of the public form are ({@link ConfirmationLinks}: 256 random bits, only the
 * SHA-256 kept), and when an unanswered protocol is reminded of. Settings: {@code
 * omex.acceptance.linkDays} / OMEX_ACCEPTANCE_LINK_DAYS (how long a link answers, default 14 days)
 * and {@code omex.acceptance.reminderDays} / OMEX_ACCEPTANCE_REMINDER_DAYS (working days after the
 * protocol was signed until the one reminder, default 3).
 */
public final class AcceptanceLinks {

  /** The public page that answers a protocol; the token follows it. */
  public static final String PATH = "/public/protocol.xhtml?t=";

  static final int DEFAULT_LINK_DAYS = 14;
  static final int DEFAULT_REMINDER_DAYS = 3;

  private AcceptanceLinks() {}

  /** The link to send: the platform's public address, the page, the token. */
  public static String link(String token) {
    return PublicAddress.url() + PATH + token;
  }

  /** How long a link answers the protocol. */
  public static Duration validity() {
    return Duration.ofDays(
        days("omex.acceptance.linkDays", "OMEX_ACCEPTANCE_LINK_DAYS", DEFAULT_LINK_DAYS));
  }

  /** After how many working days an unanswered protocol is reminded of. */
  public static int reminderDays() {
    return days(
        "omex.acceptance.reminderDays", "OMEX_ACCEPTANCE_REMINDER_DAYS", DEFAULT_REMINDER_DAYS);
  }

  /**
   * Whether the reminder of a protocol signed at {@code signedAt} is due at {@code now}: the
   * working days are those of the Bulgarian business calendar (weekends, public holidays and the
   * declared days off do not count).
   */
  public static boolean reminderDue(Instant signedAt, Instant now, WorkingCalendar calendar) {
    LocalDate signed = signedAt.atZone(SofiaTime.ZONE).toLocalDate();
    LocalDate today = now.atZone(SofiaTime.ZONE).toLocalDate();
    return !today.isBefore(calendar.plusWorkingDays(signed, reminderDays()));
  }

  private static int days(String property, String variable, int fallback) {
    String value = Settings.of(property, variable);
    try {
      int days = value == null ? fallback : Integer.parseInt(value.strip());
      return days > 0 ? Math.min(days, 90) : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
