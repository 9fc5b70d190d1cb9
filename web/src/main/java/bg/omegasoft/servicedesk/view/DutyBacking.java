package bg.omegasoft.servicedesk.view;

import bg.omegasoft.identity.entity.User;
import bg.omegasoft.servicedesk.boundary.DutyRoster;
import bg.omegasoft.servicedesk.entity.DutyShift;
import bg.omegasoft.shared.control.SofiaTime;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * servicedesk/duty.xhtml: the express on-duty roster, a week at a time (Monday to Monday, Sofia
 * time), with shifts added and removed; who is on duty now.
 */
@Named
@ViewScoped
public class DutyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private DutyRoster roster;

  private LocalDate week =
      LocalDate.now(SofiaTime.ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  private List<User> consultants;
  private List<DutyShift> shifts;
  private List<DutyShift> now;
  private Long consultantId;
  private LocalDateTime from;
  private LocalDateTime to;

  /** f:viewAction: the consultants and the week's shifts. */
  public void load() {
    consultants = roster.consultants();
    refresh();
  }

  public void previousWeek() {
    week = week.minusWeeks(1);
    refresh();
  }

  public void nextWeek() {
    week = week.plusWeeks(1);
    refresh();
  }

  public void add() {
    DutyShift shift = roster.plan(consultantId, instant(from), instant(to));
    Messages.info("sd.duty.added", shift.getConsultant().getFullName());
    consultantId = null;
    from = null;
    to = null;
    refresh();
  }

  public void remove(long shiftId) {
    roster.remove(shiftId);
    Messages.info("sd.duty.removed");
    refresh();
  }

  /** Whether a shift may still be removed (those over are the record of who was on duty). */
  public boolean removable(DutyShift shift) {
    return shift.isRemovable(Instant.now());
  }

  private void refresh() {
    shifts =
        roster.between(instant(week.atStartOfDay()), instant(week.plusWeeks(1).atStartOfDay()));
    now = roster.onDutyAt(Instant.now());
  }

  private static Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(SofiaTime.ZONE).toInstant();
  }

  public LocalDate getWeek() {
    return week;
  }

  public LocalDate getWeekEnd() {
    return week.plusDays(6);
  }

  public List<User> getConsultants() {
    return consultants;
  }

  public List<DutyShift> getShifts() {
    return shifts;
  }

  public List<DutyShift> getNow() {
    return now;
  }

  public Long getConsultantId() {
    return consultantId;
  }

  public void setConsultantId(Long consultantId) {
    this.consultantId = consultantId;
  }

  public LocalDateTime getFrom() {
    return from;
  }

  public void setFrom(LocalDateTime from) {
    this.from = from;
  }

  public LocalDateTime getTo() {
    return to;
  }

  public void setTo(LocalDateTime to) {
    this.to = to;
  }
}
