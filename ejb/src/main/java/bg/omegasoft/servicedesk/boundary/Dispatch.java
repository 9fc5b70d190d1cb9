package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.organisation.boundary.Absences;
import bg.omegasoft.organisation.boundary.BusinessCalendar;
import bg.omegasoft.organisation.boundary.OrganisationSettings;
import bg.omegasoft.servicedesk.control.Consultants;
import bg.omegasoft.servicedesk.control.Notices;
import bg.omegasoft.servicedesk.control.WorkingHours;
import bg.omegasoft.servicedesk.entity.BookingSlot;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.RequestRuleException;
import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Dispatch: a business consultant and a time on the consultants' calendar for a request, visit or
 * remote session. No double booking: checked here for a clear message, and made impossible by the
 * database (one row per consultant and 15-minute unit) for bookings made at the same moment. The
 * client gets an e-mail with a calendar invitation, an update on a change, a cancel on withdrawal.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class Dispatch {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private Consultants consultants;
  @EJB private OrganisationSettings organisation;
  @EJB private BusinessCalendar calendar;
  @EJB private Absences absences;
  @EJB private Notices notices;
  @EJB private AuditTrail audit;
  @EJB private DutyRoster roster;

  private final Clock clock = Clock.systemUTC();

  public List<User> consultants() {
    return consultants.all();
  }

  /** Whether on-site visits are off (the charter's remote-only clause). */
  public boolean remoteOnly() {
    return organisation.remoteOnly();
  }

  /** Books (or moves) the request to the consultant and time; answers the saved request. */
  public ServiceRequest book(long requestId, int version, Booking booking) {
    ServiceRequest request = Store.edit(em, requestId, version);
    Instant now = Instant.now(clock);
    checkTime(request, booking, now);
    absences.requireFree(booking.consultantId(), booking.start(), booking.end());
    User consultant = consultants.find(booking.consultantId());
    RequestStatus from = request.getStatus();
    boolean first =
        request.schedule(
            consultant,
            booking.start(),
            booking.end(),
            booking.mode(),
            booking.mode() == DeliveryMode.ON_SITE
                    && blank(booking.address())
                    && request.getClient() != null
                ? request.getClient().address()
                : booking.address(),
            booking.tool(),
            booking.sessionId(),
            organisation.remoteOnly(),
            now,
            caller());
    Store.flush(em, request);
    takeSlots(request, consultant, booking, !first);
    notices.invitation(request, first);
    audit.record(
        first ? "SR_BOOKED" : "SR_REBOOKED",
        Intake.AUDIT_SUBJECT,
        request.getNumber(),
        consultant.getUsername()
            + " "
            + booking.start()
            + "/"
            + booking.end()
            + " "
            + booking.mode());
    if (from != request.getStatus()) {
      audit.record(
          "SR_TRANSITION",
          Intake.AUDIT_SUBJECT,
          request.getNumber(),
          from + " -> " + request.getStatus());
    }
    return request;
  }

  /**
   * Withdraws the booking: the request goes back to the triaged queue, the client gets a cancel.
   */
  public ServiceRequest unbook(long requestId, int version, String reason) {
    ServiceRequest request = Store.edit(em, requestId, version);
    Instant start = request.getScheduledStart();
    Instant end = request.getScheduledEnd();
    request.unschedule(Instant.now(clock), caller(), reason);
    em.createNamedQuery(BookingSlot.DELETE_OF_REQUEST)
        .setParameter("request", requestId)
        .executeUpdate();
    Store.flush(em, request);
    notices.cancellation(request, start, end);
    audit.record(
        "SR_TRANSITION",
        Intake.AUDIT_SUBJECT,
        request.getNumber(),
        "SCHEDULED -> TRIAGED: " + reason);
    return request;
  }

  /** The visits on site booked from now on, earliest first (what remote-only leaves to decide). */
  public List<ServiceRequest> visitsAhead() {
    Instant now = Instant.now(clock);
    return em.createQuery(
            "select r from ServiceRequest r where r.status = :scheduled"
                + " and r.appointment.deliveryMode = :onSite and r.appointment.scheduledStart > :now"
                + " order by r.appointment.scheduledStart",
            ServiceRequest.class)
        .setParameter("scheduled", RequestStatus.SCHEDULED)
        .setParameter("onSite", DeliveryMode.ON_SITE)
        .setParameter("now", now)
        .getResultStream()
        .filter(r -> r.isVisitAhead(now))
        .toList();
  }

  /**
   * Turns a visit on site into a remote session with the same consultant and time (the slots stay
   * held); the client gets the updated calendar invitation.
   */
  public ServiceRequest convertToRemote(long requestId, int version, String tool) {
    ServiceRequest request = Store.edit(em, requestId, version);
    request.convertToRemote(tool, Instant.now(clock), caller());
    Store.flush(em, request);
    notices.invitation(request, false);
    audit.record(
        "SR_REBOOKED",
        Intake.AUDIT_SUBJECT,
        request.getNumber(),
        request.getConsultant().getUsername()
            + " "
            + request.getScheduledStart()
            + "/"
            + request.getScheduledEnd()
            + " "
            + DeliveryMode.REMOTE
            + " (remote only)");
    return request;
  }

  /** The booked times between two moments, for the calendar. */
  public List<CalendarEntry> calendar(Instant from, Instant to) {
    return em.createQuery(
            "select r from ServiceRequest r where r.status in :statuses"
                + " and r.appointment.scheduledStart < :to and r.appointment.scheduledEnd > :from"
                + " order by r.appointment.scheduledStart",
            ServiceRequest.class)
        .setParameter(
            "statuses",
            List.of(
                RequestStatus.SCHEDULED,
                RequestStatus.IN_PROGRESS,
                RequestStatus.DONE,
                RequestStatus.PROTOCOL_ACCEPTED,
                RequestStatus.DISPUTED))
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .filter(r -> r.getConsultant() != null)
        .map(
            r ->
                new CalendarEntry(
                    r.getId(),
                    r.getNumber(),
                    r.getSubject(),
                    r.getClient() == null ? r.getCompanyName() : r.getClient().getName(),
                    r.getConsultant().getId(),
                    r.getConsultant().getFullName(),
                    r.getScheduledStart(),
                    r.getScheduledEnd(),
                    r.getDeliveryMode()))
        .toList();
  }

  /**
   * Frees the request's units and takes the new ones. Another booking already holding a unit is
   * reported with a clear message; one committed meanwhile makes the insert fail on the primary
   * key, reported the same way, and nothing of this booking stays.
   */
  private void takeSlots(
      ServiceRequest request, User consultant, Booking booking, boolean heldBefore) {
    String when = WHEN.format(booking.start().atZone(SofiaTime.ZONE));
    boolean taken =
        !em.createNamedQuery(BookingSlot.FIND_TAKEN, BookingSlot.class)
            .setParameter("consultant", consultant.getId())
            .setParameter("from", BookingSlot.utc(booking.start()))
            .setParameter("to", BookingSlot.utc(booking.end()))
            .setParameter("request", request.getId())
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new DoubleBookingException(consultant.getFullName(), when);
    }
    if (heldBefore) {
      em.createNamedQuery(BookingSlot.DELETE_OF_REQUEST)
          .setParameter("request", request.getId())
          .executeUpdate();
    }
    for (Instant unit : WorkingHours.units(booking.start(), booking.end())) {
      em.persist(new BookingSlot(consultant.getId(), unit, request.getId()));
    }
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw new DoubleBookingException(consultant.getFullName(), when);
    }
  }

  /**
   * An express request may be booked to the consultant on express duty at any hour of the shift;
   * otherwise the working hours apply, and outside them an express request is refused with the
   * names of those on duty then.
   */
  private void checkTime(ServiceRequest request, Booking booking, Instant now) {
    boolean express = request.getType() == RequestType.EXPRESS;
    if (express && roster.onDuty(booking.consultantId(), booking.start(), booking.end())) {
      WorkingHours.checkOnDuty(booking.start(), booking.end(), now);
      return;
    }
    try {
      WorkingHours.check(booking.start(), booking.end(), now, calendar.calendar());
    } catch (RequestRuleException e) {
      boolean offHours =
          "sd.rule.slotOutsideHours".equals(e.messageKey())
              || e.messageKey().startsWith("cal.refused.");
      if (!express || !offHours) {
        throw e;
      }
      List<String> onDuty =
          roster.onDutyAt(booking.start()).stream()
              .map(s -> s.getConsultant().getFullName())
              .toList();
      throw new RequestRuleException(
          "sd.rule.expressOffDuty", onDuty.isEmpty() ? "—" : String.join(", ", onDuty));
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  /** What staff chose for a booking. */
  public record Booking(
      long consultantId,
      Instant start,
      Instant end,
      DeliveryMode mode,
      String address,
      String tool,
      String sessionId) {}
}
