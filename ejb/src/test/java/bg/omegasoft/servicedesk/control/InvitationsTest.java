package bg.omegasoft.servicedesk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.servicedesk.entity.Channel;
import bg.omegasoft.servicedesk.entity.Consent;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The calendar invitation, its update (same UID, higher SEQUENCE) and its cancellation. */
class InvitationsTest {

  private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

  @Test
  void anUpdateKeepsTheUidWithAHigherSequenceAndACancelSaysSo() throws Exception {
    ServiceRequest request = booked();
    Calendar first = parse(Invitations.request(request, "desk@omegasoft.bg", T0));
    assertEquals("REQUEST", first.getProperty("METHOD").orElseThrow().getValue());
    VEvent event = first.<VEvent>getComponents("VEVENT").get(0);
    assertEquals(
        "service-request-42@desk.omegasoft.bg", event.getProperty("UID").orElseThrow().getValue());
    assertEquals("0", event.getProperty("SEQUENCE").orElseThrow().getValue());
    assertEquals("20261124T080000Z", event.getProperty("DTSTART").orElseThrow().getValue());
    assertTrue(
        event.getProperty("ATTENDEE").orElseThrow().getValue().contains("maria@demetra-agro.bg"));
    assertTrue(event.getProperty("LOCATION").orElseThrow().getValue().contains("AnyDesk"));

    request.schedule(
        request.getConsultant(),
        Instant.parse("2026-11-25T08:00:00Z"),
        Instant.parse("2026-11-25T09:00:00Z"),
        DeliveryMode.REMOTE,
        null,
        "AnyDesk",
        "1 2 3",
        false,
        T0,
        "staff");
    VEvent moved =
        parse(Invitations.request(request, "desk@omegasoft.bg", T0))
            .<VEvent>getComponents("VEVENT")
            .get(0);
    assertEquals(
        "service-request-42@desk.omegasoft.bg", moved.getProperty("UID").orElseThrow().getValue());
    assertEquals("1", moved.getProperty("SEQUENCE").orElseThrow().getValue());

    Instant start = request.getScheduledStart();
    Instant end = request.getScheduledEnd();
    request.unschedule(T0, "staff", "отказ");
    Calendar cancel = parse(Invitations.cancel(request, start, end, "desk@omegasoft.bg", T0));
    assertEquals("CANCEL", cancel.getProperty("METHOD").orElseThrow().getValue());
    VEvent cancelled = cancel.<VEvent>getComponents("VEVENT").get(0);
    assertEquals("2", cancelled.getProperty("SEQUENCE").orElseThrow().getValue());
    assertEquals("CANCELLED", cancelled.getProperty("STATUS").orElseThrow().getValue());
  }

  @Test
  void textsStoredWithControlCharactersGiveAValidInvitationWithoutThem() throws Exception {
    ServiceRequest request = booked();
    set(request, "subject", "Заплати\u0000 \u202Efdp.exe\r\nX-INJECTED:1");
    Field requester = ServiceRequest.class.getDeclaredField("requester");
    requester.setAccessible(true);
    Object who = requester.get(request);
    Field name = who.getClass().getDeclaredField("name");
    name.setAccessible(true);
    name.set(who, "Мария \"М\"\u0007\r\nГеоргиева");

    String ics = Invitations.request(request, "desk@omegasoft.bg", T0);
    assertTrue(ics.chars().noneMatch(c -> c < 0x20 && c != '\r' && c != '\n'), ics);
    assertTrue(ics.indexOf('\u202E') < 0, ics);
    assertTrue(ics.lines().noneMatch(l -> l.startsWith("X-INJECTED")), ics);
    VEvent event = parse(ics).<VEvent>getComponents("VEVENT").get(0);
    assertTrue(
        event
            .getProperty("SUMMARY")
            .orElseThrow()
            .getValue()
            .endsWith("Заплати fdp.exe X-INJECTED:1"),
        event.getProperty("SUMMARY").orElseThrow().getValue());
    assertTrue(
        event.getProperty("ATTENDEE").orElseThrow().toString().contains("Мария 'М' Георгиева"));
  }

  private static void set(ServiceRequest request, String field, Object value) throws Exception {
    Field f = ServiceRequest.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(request, value);
  }

  static ServiceRequest booked() throws Exception {
    Client client = new Client("Деметра Агро ЕООД", "201234563", T0);
    User consultant = new User("staff", "Стефан Димитров", null, "x", T0);
    ServiceRequest request =
        new ServiceRequest(
            RequestType.SUPPORT,
            Channel.WEB_FORM,
            T0,
            new Consent("Мария", T0, Channel.WEB_FORM),
            "Заплати",
            "Описание",
            "web-form");
    request.describeRequester("Мария Георгиева", "maria@demetra-agro.bg", null, null);
    Field id = ServiceRequest.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(request, 42L);
    request.assignNumber();
    request.triage(client, RequestType.SUPPORT, T0, "staff");
    request.schedule(
        consultant,
        Instant.parse("2026-11-24T08:00:00Z"),
        Instant.parse("2026-11-24T09:00:00Z"),
        DeliveryMode.REMOTE,
        null,
        "AnyDesk",
        null,
        false,
        T0,
        "staff");
    return request;
  }

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }
}
