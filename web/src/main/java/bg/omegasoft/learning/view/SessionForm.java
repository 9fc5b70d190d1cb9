package bg.omegasoft.learning.view;

import bg.omegasoft.learning.entity.SessionFormat;
import bg.omegasoft.learning.entity.TrainingSession.SessionPlan;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** The fields of the form that schedules a session, with sensible defaults (online, 12 seats). */
public class SessionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private LocalDate firstDay;
  private LocalDate lastDay;
  private LocalTime dailyStart = LocalTime.of(9, 30);
  private LocalTime dailyEnd = LocalTime.of(17, 0);
  private SessionFormat format = SessionFormat.ONLINE;

  @Size(max = 300)
  private String venue;

  private int capacity = 12;

  SessionPlan toPlan() {
    return new SessionPlan(firstDay, lastDay, dailyStart, dailyEnd, format, venue, capacity);
  }

  public SessionFormat[] getFormats() {
    return SessionFormat.values();
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public void setFirstDay(LocalDate firstDay) {
    this.firstDay = firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public void setLastDay(LocalDate lastDay) {
    this.lastDay = lastDay;
  }

  public LocalTime getDailyStart() {
    return dailyStart;
  }

  public void setDailyStart(LocalTime dailyStart) {
    this.dailyStart = dailyStart;
  }

  public LocalTime getDailyEnd() {
    return dailyEnd;
  }

  public void setDailyEnd(LocalTime dailyEnd) {
    this.dailyEnd = dailyEnd;
  }

  public SessionFormat getFormat() {
    return format;
  }

  public void setFormat(SessionFormat format) {
    this.format = format;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public int getCapacity() {
    return capacity;
  }

  public void setCapacity(int capacity) {
    this.capacity = capacity;
  }
}
