package bg.omegasoft.organisation.entity;

import bg.omegasoft.shared.control.SofiaTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Bulgarian business calendar: working days are Monday to Friday except the official holidays,
 * the rest days moved from holidays on a weekend and the declared days off, plus the declared
 * working Saturdays; working hours are 09:00–18:00 Europe/Sofia. Business time counts only working
 * hours, less any pauses given.
 */
public final class WorkingCalendar {

  public static final LocalTime OPENS = LocalTime.of(9, 0);
  public static final LocalTime CLOSES = LocalTime.of(18, 0);

  /** How far a business-time sum looks ahead before it gives up: ten years of days. */
  private static final int MAX_DAYS = 3660;

  private final Map<LocalDate, DeclaredDay> declared = new HashMap<>();
  private final Map<Integer, Map<LocalDate, PublicHoliday>> holidays = new HashMap<>();
  private final Map<Integer, Map<LocalDate, PublicHoliday>> moved = new HashMap<>();

  /** The calendar with the days the government declared (days off and working Saturdays). */
  public WorkingCalendar(List<DeclaredDay> declaredDays) {
    declaredDays.forEach(d -> declared.put(d.getDay(), d));
  }

  /** Why the day is not a working day, or empty when it is one. */
  public Optional<DayOff> dayOff(LocalDate day) {
    DeclaredDay declaredDay = declared.get(day);
    if (declaredDay != null && !declaredDay.isDayOff()) {
      return Optional.empty();
    }
    PublicHoliday holiday = holidays(day.getYear()).get(day);
    if (holiday != null) {
      return Optional.of(new DayOff(day, DayOff.Reason.HOLIDAY, holiday, null));
    }
    PublicHoliday movedFrom =
        moved.computeIfAbsent(day.getYear(), PublicHoliday::movedRestDays).get(day);
    if (movedFrom != null) {
      return Optional.of(new DayOff(day, DayOff.Reason.MOVED_REST_DAY, movedFrom, null));
    }
    if (declaredDay != null) {
      return Optional.of(new DayOff(day, DayOff.Reason.DECLARED, null, declaredDay));
    }
    if (PublicHoliday.isWeekend(day)) {
      return Optional.of(new DayOff(day, DayOff.Reason.WEEKEND, null, null));
    }
    return Optional.empty();
  }

  public boolean isWorkingDay(LocalDate day) {
    return dayOff(day).isEmpty();
  }

  /** The days of the year that are not working days for a reason other than the weekend. */
  public List<DayOff> nonWorkingDays(int year) {
    List<DayOff> days = new ArrayList<>();
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      dayOff(day).filter(off -> !off.isWeekend()).ifPresent(days::add);
    }
    return days;
  }

  /** The working hours of the day, or empty on a day that is not a working day. */
  public Optional<TimeSpan> hoursOf(LocalDate day) {
    if (!isWorkingDay(day)) {
      return Optional.empty();
    }
    return Optional.of(
        new TimeSpan(
            day.atTime(OPENS).atZone(SofiaTime.ZONE).toInstant(),
            day.atTime(CLOSES).atZone(SofiaTime.ZONE).toInstant()));
  }

  /**
   * The working day that is the given number of working days after the day (0: the day itself if
   * working).
   */
  public LocalDate plusWorkingDays(LocalDate day, int days) {
    LocalDate result = day;
    while (!isWorkingDay(result)) {
      result = result.plusDays(1);
    }
    for (int i = 0; i < days; i++) {
      result = result.plusDays(1);
      while (!isWorkingDay(result)) {
        result = result.plusDays(1);
      }
    }
    return result;
  }

  public Duration businessTimeBetween(Instant from, Instant to) {
    return businessTimeBetween(from, to, List.of());
  }

  /** The working hours between two moments, less the pauses. */
  public Duration businessTimeBetween(Instant from, Instant to, List<TimeSpan> pauses) {
    Duration total = Duration.ZERO;
    if (!to.isAfter(from)) {
      return total;
    }
    LocalDate last = to.atZone(SofiaTime.ZONE).toLocalDate();
    for (LocalDate day = from.atZone(SofiaTime.ZONE).toLocalDate();
        !day.isAfter(last);
        day = day.plusDays(1)) {
      for (TimeSpan part : workingParts(day, from, pauses)) {
        Instant end = part.to().isAfter(to) ? to : part.to();
        if (end.isAfter(part.from())) {
          total = total.plus(Duration.between(part.from(), end));
        }
      }
    }
    return total;
  }

  public Instant plusBusinessTime(Instant start, Duration time) {
    return plusBusinessTime(start, time, List.of());
  }

  /** The moment when the given working time has passed after the start, the pauses not counted. */
  public Instant plusBusinessTime(Instant start, Duration time, List<TimeSpan> pauses) {
    Duration left = time;
    if (left.isZero() || left.isNegative()) {
      return start;
    }
    LocalDate day = start.atZone(SofiaTime.ZONE).toLocalDate();
    for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
      for (TimeSpan part : workingParts(day, start, pauses)) {
        if (left.compareTo(part.length()) <= 0) {
          return part.from().plus(left);
        }
        left = left.minus(part.length());
      }
    }
    throw new IllegalArgumentException("Business time too long: " + time);
  }

  /** The working hours of the day from a moment on, with the pauses cut out. */
  private List<TimeSpan> workingParts(LocalDate day, Instant notBefore, List<TimeSpan> pauses) {
    Optional<TimeSpan> hours = hoursOf(day);
    if (hours.isEmpty() || !hours.get().to().isAfter(notBefore)) {
      return List.of();
    }
    Instant cursor = hours.get().from().isBefore(notBefore) ? notBefore : hours.get().from();
    Instant end = hours.get().to();
    List<TimeSpan> parts = new ArrayList<>();
    List<TimeSpan> sorted = pauses.stream().sorted(Comparator.comparing(TimeSpan::from)).toList();
    for (TimeSpan pause : sorted) {
      if (!pause.to().isAfter(cursor)) {
        continue;
      }
      if (!pause.from().isBefore(end)) {
        break;
      }
      if (pause.from().isAfter(cursor)) {
        parts.add(new TimeSpan(cursor, pause.from()));
      }
      cursor = pause.to();
      if (!cursor.isBefore(end)) {
        return parts;
      }
    }
    parts.add(new TimeSpan(cursor, end));
    return parts;
  }

  private Map<LocalDate, PublicHoliday> holidays(int year) {
    return holidays.computeIfAbsent(year, PublicHoliday::of);
  }
}
