package bg.omegasoft.servicedesk.view;

import bg.omegasoft.identity.entity.User;
import bg.omegasoft.servicedesk.boundary.CalendarEntry;
import bg.omegasoft.servicedesk.boundary.Dispatch;
import bg.omegasoft.servicedesk.boundary.DutyRoster;
import bg.omegasoft.servicedesk.boundary.ServiceRequests;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.DutyShift;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.control.SofiaTime;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * servicedesk/dispatch.xhtml?id=: the consultants' calendar (Europe/Sofia, working hours) and the
 * booking of a request: consultant, time, visit or remote session. Selecting a time on the calendar
 * fills in the booking.
 */
@Named
@ViewScoped
public class DispatchBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String[] COLOURS = {"#1f4e79", "#2e7d32", "#8e24aa", "#c62828", "#ef6c00"};

  @EJB private Dispatch dispatch;
  @EJB private ServiceRequests requests;
  @EJB private DutyRoster roster;

  private Long id;
  private ServiceRequest request;
  private List<User> consultants;
  private boolean remoteOnly;
  private List<DutyShift> onDuty;
  private final BookingForm form = new BookingForm();
  private final ScheduleModel calendar = new Calendar();

  /** f:viewAction: the request to book, and the booking so far when it is a change. */
  public void load() {
    consultants = dispatch.consultants();
    remoteOnly = dispatch.remoteOnly();
    onDuty = roster.onDutyAt(Instant.now());
    if (id != null) {
      request = requests.find(id);
      form.takeFrom(request, remoteOnly);
      if (isExpress() && form.getConsultantId() == null && !onDuty.isEmpty()) {
        form.setConsultantId(onDuty.get(0).getConsultant().getId());
      }
    }
  }

  public void book() {
    boolean change = request.getScheduledStart() != null;
    request = dispatch.book(id, request.getVersion(), form.toBooking());
    Messages.info(change ? "sd.rebooked" : "sd.booked", request.getNumber());
  }

  public void unbook() {
    request = dispatch.unbook(id, request.getVersion(), form.getReason());
    Messages.info("sd.unbooked", request.getNumber());
  }

  public void onDateSelect(SelectEvent<LocalDateTime> selected) {
    form.setStart(selected.getObject());
    form.setEnd(selected.getObject().plusHours(1));
  }

  /** The calendar loads only the visible weeks' bookings, coloured by consultant. */
  private class Calendar extends LazyScheduleModel {
    private static final long serialVersionUID = 1L;

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
      for (CalendarEntry entry :
          dispatch.calendar(
              start.atZone(SofiaTime.ZONE).toInstant(), end.atZone(SofiaTime.ZONE).toInstant())) {
        String colour = COLOURS[(int) (entry.consultantId() % COLOURS.length)];
        addEvent(
            DefaultScheduleEvent.<Long>builder()
                .title(entry.consultant() + " · " + entry.number() + " · " + entry.client())
                .description(entry.subject())
                .startDate(LocalDateTime.ofInstant(entry.start(), SofiaTime.ZONE))
                .endDate(LocalDateTime.ofInstant(entry.end(), SofiaTime.ZONE))
                .backgroundColor(colour)
                .borderColor(colour)
                .data(entry.requestId())
                .build());
      }
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ServiceRequest getRequest() {
    return request;
  }

  /** Who is on express duty now. */
  public List<DutyShift> getOnDuty() {
    return onDuty;
  }

  /** Whether the request is express: the consultant on duty is suggested, any hour of the shift. */
  public boolean isExpress() {
    return request != null && request.getType() == RequestType.EXPRESS;
  }

  public List<User> getConsultants() {
    return consultants;
  }

  public boolean isRemoteOnly() {
    return remoteOnly;
  }

  public BookingForm getForm() {
    return form;
  }

  public ScheduleModel getCalendar() {
    return calendar;
  }

  public DeliveryMode[] getModes() {
    return remoteOnly ? new DeliveryMode[] {DeliveryMode.REMOTE} : DeliveryMode.values();
  }
}
