package bg.omegasoft.servicedesk.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bg.omegasoft.identity.entity.User;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AppointmentTest {

  private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
  private static final Instant END = START.plus(Duration.ofHours(1));
  private final User consultant = new User("staff", "Стефан Димитров", null, "x", START);

  @Test
  void eachModeNeedsItsOwnDetailAndEveryBookingAConsultantAndATime() {
    assertEquals("sd.rule.modeRequired", rule(() -> check(null, "ул. Шипка 1", null, false)));
    assertEquals(
        "sd.rule.remoteOnly", rule(() -> check(DeliveryMode.ON_SITE, "ул. Шипка 1", null, true)));
    assertEquals(
        "sd.rule.addressRequired", rule(() -> check(DeliveryMode.ON_SITE, " ", null, false)));
    assertEquals("sd.rule.toolRequired", rule(() -> check(DeliveryMode.REMOTE, null, "", false)));
    assertEquals(
        "sd.rule.slotRequired",
        rule(
            () ->
                Appointment.check(
                    consultant, START, START, DeliveryMode.REMOTE, null, "AnyDesk", false)));
  }

  @Test
  void aRemoteBookingKeepsTheToolAndSessionAndNoAddress() {
    Appointment appointment = new Appointment();
    appointment.book(consultant, START, END, DeliveryMode.REMOTE, "ул. Шипка 1", " AnyDesk ", " ");

    assertSame(consultant, appointment.getConsultant());
    assertNull(appointment.getSiteAddress());
    assertEquals("AnyDesk", appointment.getRemoteTool());
    assertNull(appointment.getRemoteSessionId());
  }

  @Test
  void aWithdrawnBookingLosesItsTimeAndRaisesTheSequence() {
    Appointment appointment = new Appointment();
    appointment.book(consultant, START, END, DeliveryMode.ON_SITE, " ул. Шипка 1 ", null, null);
    appointment.raiseSequence();
    appointment.withdraw();

    assertEquals(2, appointment.getCalendarSequence());
    assertNull(appointment.getScheduledStart());
    assertNull(appointment.getScheduledEnd());
    assertEquals("ул. Шипка 1", appointment.getSiteAddress());
  }

  private void check(DeliveryMode mode, String address, String tool, boolean remoteOnly) {
    Appointment.check(consultant, START, END, mode, address, tool, remoteOnly);
  }

  private static String rule(Runnable booking) {
    return assertThrows(RequestRuleException.class, booking::run).messageKey();
  }
}
