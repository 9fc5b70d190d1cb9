package bg.omegasoft.it.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.contracts.entity.Contract;
import bg.omegasoft.contracts.entity.FeePeriod;
import bg.omegasoft.contracts.entity.Scope;
import bg.omegasoft.identity.boundary.Users;
import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.it.support.AsAdmin;
import bg.omegasoft.it.support.AsStaff;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.organisation.boundary.Absences;
import bg.omegasoft.organisation.boundary.BusinessCalendar;
import bg.omegasoft.organisation.entity.Absence;
import bg.omegasoft.organisation.entity.CalendarRuleException;
import bg.omegasoft.organisation.entity.DeclaredDay;
import bg.omegasoft.servicedesk.boundary.Dispatch;
import bg.omegasoft.servicedesk.boundary.Intake;
import bg.omegasoft.servicedesk.boundary.ResponseReports;
import bg.omegasoft.servicedesk.boundary.ServiceRequests;
import bg.omegasoft.servicedesk.boundary.StaffIntakeForm;
import bg.omegasoft.servicedesk.entity.Channel;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.RequestRuleException;
import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ResponseClock;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.TextKey;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contract response clocks on the Bulgarian business calendar, in the server on MariaDB: a request
 * of Friday 21 May 2027 17:30 with an 8-business-hour term is due on Tuesday 25 May 16:30 (Monday
 * 24 May is a holiday); bookings on the holiday and during an absence are refused with the reason,
 * a declared working Saturday is bookable, and the month's report counts kept and broken terms.
 */
@ExtendWith(ArquillianExtension.class)
class ResponseClockIT {

  private static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);
  private static final LocalDate DEC_31 = LocalDate.of(2027, 12, 31);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(ResponseClockIT.class);
  }

  @EJB ContractFixtures fixtures;
  @EJB AsStaff asStaff;
  @EJB AsAdmin asAdmin;
  @EJB Users users;
  @EJB Intake intake;
  @EJB ServiceRequests requests;
  @EJB Dispatch dispatch;
  @EJB ResponseReports reports;
  @EJB BusinessCalendar calendar;
  @EJB Absences absences;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource database;

  @Test
  void theClockSkipsTheHolidayAndTheReportCountsKeptAndBroken() throws SQLException {
    Contract contract = contractWithEightHours();
    long client = contract.getClient().getId();
    ServiceRequest kept = receivedAt(request(client), sofia("2027-05-21T17:30"));
    ServiceRequest broken = receivedAt(request(client), sofia("2027-05-21T17:30"));
    ServiceRequest waiting = receivedAt(request(client), sofia("2027-05-24T11:00"));
    respond(kept, sofia("2027-05-25T16:00"));
    respond(broken, sofia("2027-05-25T17:00"));

    ResponseReports.Report report =
        asStaff.call(
            () ->
                reports.report(contract.getId(), YearMonth.of(2027, 5), sofia("2027-05-25T10:00")));
    assertEquals(3, report.rows().size());
    Map<Long, ResponseClock> clocks =
        Map.of(
            report.rows().get(0).request().getId(), report.rows().get(0).clock(),
            report.rows().get(1).request().getId(), report.rows().get(1).clock(),
            report.rows().get(2).request().getId(), report.rows().get(2).clock());
    // 0.5 h on Friday, Monday 24 May a holiday, 7.5 h on Tuesday
    assertEquals(sofia("2027-05-25T16:30"), clocks.get(kept.getId()).dueAt());
    assertEquals(ResponseClock.State.MET, clocks.get(kept.getId()).state());
    assertEquals(ResponseClock.State.BREACHED, clocks.get(broken.getId()).state());
    // received on the holiday: the clock starts on Tuesday 09:00, 8 h to 17:00
    assertEquals(sofia("2027-05-25T17:00"), clocks.get(waiting.getId()).dueAt());
    assertEquals(ResponseClock.State.RUNNING, clocks.get(waiting.getId()).state());
    assertEquals(1, report.getKept());
    assertEquals(1, report.getBroken());
    assertEquals(1, report.getRunning());
  }

  @Test
  void bookingsOnAHolidayOrDuringAnAbsenceAreRefusedAWorkingSaturdayIsNot() {
    Contract contract = contractWithEightHours();
    long consultant = newConsultant();
    ServiceRequest request = triaged(request(contract.getClient().getId()));

    RequestRuleException holiday =
        assertThrows(
            RequestRuleException.class,
            () -> book(request, consultant, sofia("2027-05-24T10:00"), sofia("2027-05-24T11:00")));
    assertEquals("cal.refused.HOLIDAY", holiday.messageKey());
    assertEquals("24.05.2027", holiday.arguments()[0]);
    assertEquals(new TextKey("cal.holiday.CYRIL_AND_METHODIUS"), holiday.arguments()[1]);

    asStaff.call(
        () ->
            absences.record(
                consultant,
                Absence.Kind.LEAVE,
                LocalDate.of(2027, 6, 1),
                LocalDate.of(2027, 6, 2),
                "Платен отпуск"));
    CalendarRuleException away =
        assertThrows(
            CalendarRuleException.class,
            () -> book(request, consultant, sofia("2027-06-02T10:00"), sofia("2027-06-02T11:00")));
    assertEquals("cal.refused.absence", away.messageKey());
    assertEquals("02.06.2027", away.arguments()[0]);

    LocalDate saturday = LocalDate.of(2027, 6, 5);
    assertThrows(
        RequestRuleException.class,
        () -> book(request, consultant, sofia("2027-06-05T10:00"), sofia("2027-06-05T11:00")));
    asAdmin.call(
        () -> {
          calendar.declared(2027).stream()
              .filter(d -> d.getDay().equals(saturday))
              .forEach(d -> calendar.remove(d.getId()));
          return calendar.declare(
              saturday, DeclaredDay.Kind.WORKING_DAY, "Отработване", "Working Saturday");
        });
    ServiceRequest booked =
        book(request, consultant, sofia("2027-06-05T10:00"), sofia("2027-06-05T11:00"));
    assertEquals(RequestStatus.SCHEDULED, booked.getStatus());
  }

  private Contract contractWithEightHours() {
    Scope base = ContractFixtures.scope(FeePeriod.MONTHLY, "180.00", "4");
    Scope scope =
        new Scope(
            base.covered(),
            base.includedHoursPerMonth(),
            "До 8 работни часа",
            List.of(),
            base.feePeriod(),
            base.fee(),
            new BigDecimal("10"),
            base.overageRates(),
            8);
    Client client = fixtures.newClient();
    return fixtures.concluded(client.getId(), JAN_1, DEC_31, scope);
  }

  private ServiceRequest request(long clientId) {
    return asStaff.call(
        () ->
            intake.record(
                new StaffIntakeForm(
                    Channel.PHONE,
                    RequestType.SUPPORT,
                    clientId,
                    "Мария Георгиева",
                    "maria@example.bg",
                    null,
                    "Срок " + UUID.randomUUID(),
                    "Описание",
                    DeliveryMode.REMOTE,
                    true)));
  }

  private ServiceRequest triaged(ServiceRequest request) {
    return asStaff.call(
        () ->
            requests.triage(
                request.getId(),
                request.getVersion(),
                request.getClient().getId(),
                RequestType.SUPPORT));
  }

  private ServiceRequest book(ServiceRequest request, long consultant, Instant from, Instant to) {
    ServiceRequest current = asStaff.call(() -> requests.find(request.getId()));
    return asStaff.call(
        () ->
            dispatch.book(
                current.getId(),
                current.getVersion(),
                new Dispatch.Booking(
                    consultant, from, to, DeliveryMode.REMOTE, null, "AnyDesk", null)));
  }

  private long newConsultant() {
    String name = "it-cal-" + UUID.randomUUID().toString().substring(0, 8);
    return asAdmin.call(
        () ->
            users
                .create(
                    name,
                    "Консултант " + name,
                    name + "@omegasoft.bg",
                    null,
                    EnumSet.of(Role.STAFF),
                    "Consultant-Pass-42")
                .getId());
  }

  /** The request as received at the moment (the intake stamps the present). */
  private ServiceRequest receivedAt(ServiceRequest request, Instant at) throws SQLException {
    update("update service_request set received_at = ? where id = ?", at, request.getId());
    return request;
  }

  /** Staff triage the request; its leaving "new" is dated at the moment. */
  private void respond(ServiceRequest request, Instant at) throws SQLException {
    triaged(asStaff.call(() -> requests.find(request.getId())));
    update(
        "update service_request_transition set occurred_at = ? where request_id = ?"
            + " and from_status = 'NEW'",
        at,
        request.getId());
  }

  private void update(String sql, Instant at, long id) throws SQLException {
    try (Connection c = database.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setTimestamp(1, Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC)));
      s.setLong(2, id);
      assertEquals(1, s.executeUpdate(), sql);
    }
  }

  private static Instant sofia(String local) {
    return ZonedDateTime.parse(local + ":00+03:00[Europe/Sofia]").toInstant();
  }
}
