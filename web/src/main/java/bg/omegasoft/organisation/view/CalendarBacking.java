package bg.omegasoft.organisation.view;

import bg.omegasoft.organisation.boundary.BusinessCalendar;
import bg.omegasoft.organisation.entity.DayOff;
import bg.omegasoft.organisation.entity.DeclaredDay;
import bg.omegasoft.shared.control.SofiaTime;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * organisation/calendar.xhtml: a year's non-working days (holidays, moved rest days, declared days
 * off) and the days the government declared, which an ADMIN adds and removes.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private BusinessCalendar calendar;

  private int year = LocalDate.now(SofiaTime.ZONE).getYear();
  private List<DayOff> days;
  private List<DeclaredDay> declared;
  private LocalDate day;
  private DeclaredDay.Kind kind = DeclaredDay.Kind.DAY_OFF;
  private String reasonBg;
  private String reasonEn;

  @PostConstruct
  public void show() {
    days = calendar.nonWorkingDays(year);
    declared = calendar.declared(year);
  }

  public void declare() {
    DeclaredDay saved = calendar.declare(day, kind, reasonBg, reasonEn);
    Messages.info("cal.saved");
    day = null;
    reasonBg = null;
    reasonEn = null;
    year = saved.getDay().getYear();
    show();
  }

  public void remove(DeclaredDay declaredDay) {
    calendar.remove(declaredDay.getId());
    Messages.info("cal.removed");
    show();
  }

  /** The years to choose from: last year to four years ahead. */
  public List<Integer> getYears() {
    int now = LocalDate.now(SofiaTime.ZONE).getYear();
    return IntStream.rangeClosed(now - 1, now + 4).boxed().toList();
  }

  public DeclaredDay.Kind[] getKinds() {
    return DeclaredDay.Kind.values();
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public List<DayOff> getDays() {
    return days;
  }

  public List<DeclaredDay> getDeclared() {
    return declared;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public DeclaredDay.Kind getKind() {
    return kind;
  }

  public void setKind(DeclaredDay.Kind kind) {
    this.kind = kind;
  }

  public String getReasonBg() {
    return reasonBg;
  }

  public void setReasonBg(String reasonBg) {
    this.reasonBg = reasonBg;
  }

  public String getReasonEn() {
    return reasonEn;
  }

  public void setReasonEn(String reasonEn) {
    this.reasonEn = reasonEn;
  }
}
