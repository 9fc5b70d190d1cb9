package bg.omegasoft.organisation.entity;

import bg.omegasoft.shared.boundary.TextKey;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Why a day is not a working day: an official holiday, a rest day moved from a holiday that fell on
 * a weekend, a day off the government declared, or an ordinary Saturday or Sunday.
 *
 * @param holiday the holiday on the day, or the holiday whose rest day moved here
 * @param declared the declared day off, when that is the reason
 */
public record DayOff(LocalDate day, Reason reason, PublicHoliday holiday, DeclaredDay declared) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /** The kinds of reason, in the order the calendar asks them. */
  public enum Reason {
    HOLIDAY,
    MOVED_REST_DAY,
    DECLARED,
    WEEKEND
  }

  /** Whether the day is the rest day of a holiday that fell on a weekend. */
  public boolean isMoved() {
    return reason == Reason.MOVED_REST_DAY;
  }

  public boolean isWeekend() {
    return reason == Reason.WEEKEND;
  }

  /** The key of the sentence saying the day is not a working day, e.g. for a refused booking. */
  public String messageKey() {
    return "cal.refused." + reason.name();
  }

  /**
   * The sentence's arguments: the date, then the holiday's name (a text key) or the declared reason
   * in Bulgarian and in English (each bundle uses its own).
   */
  public Object[] arguments() {
    String date = DAY.format(day);
    if (declared != null) {
      return new Object[] {date, declared.getReasonBg(), declared.getReasonEn()};
    }
    if (holiday != null) {
      return new Object[] {date, new TextKey(holiday.messageKey()), DAY.format(holidayDate())};
    }
    return new Object[] {date};
  }

  /** The date of the holiday itself (for a moved rest day, the weekend day it fell on). */
  public LocalDate holidayDate() {
    return holiday == null ? null : holiday.in(day.getYear());
  }

  /** The key of the short name shown in the list of a year's days. */
  public String nameKey() {
    return holiday != null ? holiday.messageKey() : "cal.reason." + reason.name();
  }
}
