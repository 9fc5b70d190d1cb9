package bg.omegasoft.servicedesk.control;

import bg.omegasoft.messaging.boundary.Outbox;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.entity.PlainText;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar (RFC 5545) invitations for the booked time of a request: one UID per request, so a
 * change is an update of the same event (higher SEQUENCE) and a cancellation a METHOD:CANCEL of it.
 * Times are in UTC, which every calendar program shows in its own zone. The texts are plain text
 * ({@link PlainText}): iCalendar allows no control character but the tab in a value, and a
 * parameter (the attendee's name) no line break and no double quote.
 */
public final class Invitations {

  private Invitations() {}

  /** The event's UID: the same for every invitation, update and cancellation of a request. */
  public static String uid(ServiceRequest request) {
    return "service-request-" + request.getId() + "@" + Outbox.MESSAGE_ID_DOMAIN;
  }

  public static String request(ServiceRequest request, String organiser, Instant now) {
    return calendar(request, organiser, now, false);
  }

  public static String cancel(
      ServiceRequest request, Instant start, Instant end, String organiser, Instant now) {
    return calendar(request, start, end, organiser, now, true);
  }

  private static String calendar(
      ServiceRequest request, String organiser, Instant now, boolean cancel) {
    return calendar(
        request, request.getScheduledStart(), request.getScheduledEnd(), organiser, now, cancel);
  }

  private static String calendar(
      ServiceRequest request,
      Instant start,
      Instant end,
      String organiser,
      Instant now,
      boolean cancel) {
    VEvent event = new VEvent(start, end, PlainText.line(summary(request)));
    event.add(new Uid(uid(request)));
    event.add(new Sequence(request.getCalendarSequence()));
    event.add(new DtStamp(now));
    event.add(cancel ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
    event.add(new Location(PlainText.line(location(request))));
    event.add(new Description(PlainText.text(description(request))));
    event.add(new Organizer(URI.create("mailto:" + organiser)));
    String attendee = attendee(request);
    if (attendee != null) {
      List<Parameter> parameters = new ArrayList<>();
      parameters.add(Role.REQ_PARTICIPANT);
      parameters.add(PartStat.NEEDS_ACTION);
      parameters.add(Rsvp.FALSE);
      if (request.getRequesterName() != null) {
        parameters.add(new Cn(PlainText.line(request.getRequesterName()).replace('"', '\'')));
      }
      event.add(new Attendee(new ParameterList(parameters), URI.create("mailto:" + attendee)));
    }
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//OmegaSoft Ltd//Omex service desk//BG"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
    calendar.add(event);
    return calendar.toString();
  }

  /** Whom the invitation goes to: the requester, else the client's own address. */
  public static String attendee(ServiceRequest request) {
    if (request.getRequesterEmail() != null) {
      return request.getRequesterEmail();
    }
    return request.getClient() == null ? null : request.getClient().getEmail();
  }

  private static String summary(ServiceRequest request) {
    return "ОмегаСофт / OmegaSoft: " + request.getNumber() + " — " + request.getSubject();
  }

  private static String location(ServiceRequest request) {
    if (request.getDeliveryMode() == DeliveryMode.ON_SITE) {
      return request.getSiteAddress();
    }
    String session =
        request.getRemoteSessionId() == null ? "" : " (" + request.getRemoteSessionId() + ")";
    return request.getRemoteTool() + session;
  }

  private static String description(ServiceRequest request) {
    String consultant =
        request.getConsultant() == null ? "" : request.getConsultant().getFullName();
    return request.getNumber() + ": " + request.getSubject() + "\n" + consultant;
  }
}
