package bg.omegasoft.servicedesk.control;

import bg.omegasoft.organisation.entity.DayOff;
import bg.omegasoft.organisation.entity.WorkingCalendar;
import bg.omegasoft.servicedesk.entity.BookingSlot;
import bg.omegasoft.servicedesk.entity.RequestRuleException;
import bg.omegasoft.shared.control.SofiaTime;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The consultants' working hours, 09:00–18:00 Europe/Sofia on the working days of the business
 * calendar (no holidays, moved rest days or declared days off; declared working Saturdays count),
 * and the 15-minute units in which the calendar is booked.
 */
public final class WorkingHours {

  public static final LocalTime OPENS = WorkingCalendar.OPENS;
  public static final LocalTime CLOSES = WorkingCalendar.CLOSES;

  private WorkingHours() {}

  /**
   * Refuses a slot that is in the past, not on 15-minute units, on a day that is not a working day
   * (a holiday or a declared day off with its reason), or outside working hours.
   */
  public static void check(Instant start, Instant end, Instant now, WorkingCalendar calendar) {
    if (start == null || end == null || !end.isAfter(start)) {
      throw new RequestRuleException("sd.rule.slotRequired");
    }
    if (start.isBefore(now)) {
      throw new RequestRuleException("sd.rule.slotInPast");
    }
    ZonedDateTime from = start.atZone(SofiaTime.ZONE);
    ZonedDateTime to = end.atZone(SofiaTime.ZONE);
    if (from.getMinute() % 15 != 0 || to.getMinute() % 15 != 0 || from.getSecond() != 0) {
      throw new RequestRuleException("sd.rule.slotUnits");
    }
    Optional<DayOff> dayOff = calendar.dayOff(from.toLocalDate());
    if (dayOff.isPresent() && !dayOff.get().isWeekend()) {
      throw new RequestRuleException(dayOff.get().messageKey(), dayOff.get().arguments());
    }
    if (dayOff.isPresent()
        || !from.toLocalDate().equals(to.toLocalDate())
        || from.toLocalTime().isBefore(OPENS)
        || to.toLocalTime().isAfter(CLOSES)) {
      throw new RequestRuleException("sd.rule.slotOutsideHours");
    }
  }

  /** The 15-minute units a slot takes. */
  public static List<Instant> units(Instant start, Instant end) {
    List<Instant> units = new ArrayList<>();
    for (Instant t = start; t.isBefore(end); t = t.plus(BookingSlot.UNIT)) {
      units.add(t);
    }
    return units;
  }

  /**
   * The check of an express booking inside the consultant's on-duty shift: any hour, any day
   * (evenings, weekends, holidays), but still a slot of whole 15-minute units, not in the past.
   */
  public static void checkOnDuty(Instant start, Instant end, Instant now) {
    if (start == null || end == null || !end.isAfter(start)) {
      throw new RequestRuleException("sd.rule.slotRequired");
    }
    if (start.isBefore(now)) {
      throw new RequestRuleException("sd.rule.slotInPast");
    }
    ZonedDateTime from = start.atZone(SofiaTime.ZONE);
    ZonedDateTime to = end.atZone(SofiaTime.ZONE);
    if (from.getMinute() % 15 != 0 || to.getMinute() % 15 != 0 || from.getSecond() != 0) {
      throw new RequestRuleException("sd.rule.slotUnits");
    }
  }
}
