package bg.omegasoft.servicedesk.control;

import bg.omegasoft.servicedesk.entity.BookingSlot;
import bg.omegasoft.servicedesk.entity.RequestRuleException;
import bg.omegasoft.shared.control.SofiaTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The consultants' working hours, Monday to Friday 09:00–18:00 Europe/Sofia, and the 15-minute
 * units in which the calendar is booked.
 */
public final class WorkingHours {

  public static final LocalTime OPENS = LocalTime.of(9, 0);
  public static final LocalTime CLOSES = LocalTime.of(18, 0);

  private WorkingHours() {}

  /** Refuses a slot that is in the past, not on 15-minute units, or outside working hours. */
  public static void check(Instant start, Instant end, Instant now) {
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
    boolean weekend =
        from.getDayOfWeek() == DayOfWeek.SATURDAY || from.getDayOfWeek() == DayOfWeek.SUNDAY;
    if (weekend
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
