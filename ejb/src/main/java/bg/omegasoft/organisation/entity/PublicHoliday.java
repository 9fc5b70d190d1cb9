package bg.omegasoft.organisation.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The official holidays of the Labour Code, art. 154(1): fixed dates and the Orthodox Easter days
 * (Good Friday, Holy Saturday, Easter Sunday and Monday).
 */
public enum PublicHoliday {
  NEW_YEAR(MonthDay.of(1, 1)),
  LIBERATION(MonthDay.of(3, 3)),
  LABOUR_DAY(MonthDay.of(5, 1)),
  ST_GEORGE(MonthDay.of(5, 6)),
  CYRIL_AND_METHODIUS(MonthDay.of(5, 24)),
  UNIFICATION(MonthDay.of(9, 6)),
  INDEPENDENCE(MonthDay.of(9, 22)),
  CHRISTMAS_EVE(MonthDay.of(12, 24)),
  CHRISTMAS(MonthDay.of(12, 25)),
  CHRISTMAS_SECOND(MonthDay.of(12, 26)),
  GOOD_FRIDAY(null),
  HOLY_SATURDAY(null),
  EASTER(null),
  EASTER_MONDAY(null);

  private static final Set<PublicHoliday> EASTER_DAYS =
      EnumSet.of(GOOD_FRIDAY, HOLY_SATURDAY, EASTER, EASTER_MONDAY);

  private final MonthDay fixed;

  PublicHoliday(MonthDay fixed) {
    this.fixed = fixed;
  }

  /** Whether this is one of the Easter days, whose rest days are never moved (art. 154(2)). */
  public boolean isEaster() {
    return EASTER_DAYS.contains(this);
  }

  /** The date of the holiday in the year. */
  public LocalDate in(int year) {
    if (fixed != null) {
      return fixed.atYear(year);
    }
    LocalDate easter = orthodoxEaster(year);
    return switch (this) {
      case GOOD_FRIDAY -> easter.minusDays(2);
      case HOLY_SATURDAY -> easter.minusDays(1);
      case EASTER_MONDAY -> easter.plusDays(1);
      default -> easter;
    };
  }

  /**
   * The holidays of a year by date. Where a fixed holiday falls on an Easter day (6 May 2024 was
   * Easter Monday) the day is listed once, under the fixed holiday.
   */
  public static Map<LocalDate, PublicHoliday> of(int year) {
    Map<LocalDate, PublicHoliday> days = new TreeMap<>();
    for (PublicHoliday holiday : values()) {
      days.putIfAbsent(holiday.in(year), holiday);
    }
    return days;
  }

  /**
   * The rest days moved by art. 154(2): a holiday other than the Easter days that falls on a
   * Saturday or Sunday makes the next working day a rest day; when several do (24–26 December) each
   * takes the next weekday that is neither a holiday nor already taken. Answers each moved rest day
   * with the holiday it comes from.
   */
  public static Map<LocalDate, PublicHoliday> movedRestDays(int year) {
    Map<LocalDate, PublicHoliday> holidays = of(year);
    Map<LocalDate, PublicHoliday> moved = new TreeMap<>();
    for (Map.Entry<LocalDate, PublicHoliday> holiday : holidays.entrySet()) {
      if (holiday.getValue().isEaster() || !isWeekend(holiday.getKey())) {
        continue;
      }
      LocalDate day = holiday.getKey().plusDays(1);
      while (isWeekend(day) || holidays.containsKey(day) || moved.containsKey(day)) {
        day = day.plusDays(1);
      }
      moved.put(day, holiday.getValue());
    }
    return moved;
  }

  static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /**
   * Orthodox Easter Sunday in the Gregorian calendar: the Julian computus (Meeus) plus the 13 days
   * between the calendars, valid for 1900–2099.
   */
  public static LocalDate orthodoxEaster(int year) {
    if (year < 1900 || year > 2099) {
      throw new IllegalArgumentException("Orthodox Easter is computed for 1900-2099: " + year);
    }
    int a = year % 4;
    int b = year % 7;
    int c = year % 19;
    int d = (19 * c + 15) % 30;
    int e = (2 * a + 4 * b - d + 34) % 7;
    int month = (d + e + 114) / 31;
    int day = (d + e + 114) % 31 + 1;
    return LocalDate.of(year, month, day).plusDays(13);
  }

  public String messageKey() {
    return "cal.holiday." + name();
  }
}
