package bg.omegasoft.it.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.AsAdmin;
import bg.omegasoft.it.support.AsStaff;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.organisation.boundary.OrganisationSettings;
import bg.omegasoft.organisation.entity.Organisation;
import bg.omegasoft.servicedesk.boundary.CalendarEntry;
import bg.omegasoft.servicedesk.boundary.Dispatch;
import bg.omegasoft.servicedesk.boundary.DoubleBookingException;
import bg.omegasoft.servicedesk.boundary.RequestChangedException;
import bg.omegasoft.servicedesk.boundary.RequestFilter;
import bg.omegasoft.servicedesk.boundary.ServiceRequests;
import bg.omegasoft.servicedesk.boundary.WorkLists;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.RequestRuleException;
import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dispatch on the consultants' calendar, in the server with real roles and MariaDB: concurrent
 * bookings of one consultant and time yield exactly one booking (the service and the database both
 * refuse the rest), invitations with updates and cancels, the remote-only policy, working hours,
 * and a second editor's conflict.
 */
@ExtendWith(ArquillianExtension.class)
class DispatchIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(DispatchIT.class);
  }

  @EJB DeskFixtures fixtures;
  @EJB AsStaff asStaff;
  @EJB AsAdmin asAdmin;
  @EJB Dispatch dispatch;
  @EJB ServiceRequests requests;
  @EJB WorkLists workLists;
  @EJB OrganisationSettings organisation;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource database;

  @Test
  void concurrentBookingsOfOneConsultantAndTimeYieldExactlyOne() throws Exception {
    long consultant = fixtures.newConsultant();
    Instant start = DeskFixtures.futureWeekday(10);
    List<ServiceRequest> candidates = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      candidates.add(fixtures.triagedRequest(RequestType.SUPPORT));
    }
    CountDownLatch go = new CountDownLatch(1);
    List<Future<String>> outcomes = new ArrayList<>();
    for (ServiceRequest request : candidates) {
      // each the same consultant and hour, in its own thread and transaction
      Instant from = request == candidates.get(0) ? start : start.plus(Duration.ofMinutes(30));
      outcomes.add(
          executor.submit(
              () -> {
                go.await();
                try {
                  asStaff.call(
                      () ->
                          dispatch.book(
                              request.getId(),
                              request.getVersion(),
                              new Dispatch.Booking(
                                  consultant,
                                  from,
                                  from.plus(Duration.ofHours(1)),
                                  DeliveryMode.REMOTE,
                                  null,
                                  "AnyDesk",
                                  null)));
                  return "booked";
                } catch (DoubleBookingException e) {
                  return "refused";
                }
              }));
    }
    go.countDown();
    List<String> results = new ArrayList<>();
    for (Future<String> outcome : outcomes) {
      results.add(outcome.get(60, TimeUnit.SECONDS));
    }
    assertEquals(1, results.stream().filter("booked"::equals).count(), results.toString());
    assertEquals(4, results.stream().filter("refused"::equals).count(), results.toString());
    long scheduled =
        candidates.stream()
            .map(r -> asStaff.call(() -> requests.find(r.getId())))
            .filter(r -> r.getStatus() == RequestStatus.SCHEDULED)
            .count();
    assertEquals(1, scheduled, "only one request holds the consultant; the others stay triaged");
    assertEquals(4, slotsOf(consultant), "one hour is four 15-minute units, held once");
  }

  @Test
  void theDatabaseItselfRefusesASecondHolderOfAUnit() throws Exception {
    long consultant = fixtures.newConsultant();
    ServiceRequest first = fixtures.triagedRequest(RequestType.SUPPORT);
    ServiceRequest second = fixtures.triagedRequest(RequestType.SUPPORT);
    Instant start = DeskFixtures.futureWeekday(14);
    asStaff.call(
        () ->
            dispatch.book(
                first.getId(),
                first.getVersion(),
                new Dispatch.Booking(
                    consultant,
                    start,
                    start.plus(Duration.ofMinutes(30)),
                    DeliveryMode.REMOTE,
                    null,
                    "TeamViewer",
                    "1 2 3")));
    try (Connection db = database.getConnection();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into booking_slot (consultant_id, slot_start, request_id) values (?, ?, ?)")) {
      insert.setLong(1, consultant);
      insert.setTimestamp(2, Timestamp.valueOf(LocalDateTime.ofInstant(start, ZoneOffset.UTC)));
      insert.setLong(3, second.getId());
      assertThrows(SQLException.class, insert::executeUpdate);
    }
  }

  @Test
  void anOverlappingBookingIsRefusedWithAClearMessageAndWorkingHoursHold() {
    long consultant = fixtures.newConsultant();
    ServiceRequest first = fixtures.triagedRequest(RequestType.SUPPORT);
    ServiceRequest second = fixtures.triagedRequest(RequestType.SUPPORT);
    Instant start = DeskFixtures.futureWeekday(11);
    asStaff.call(
        () ->
            dispatch.book(
                first.getId(),
                first.getVersion(),
                new Dispatch.Booking(
                    consultant,
                    start,
                    start.plus(Duration.ofHours(2)),
                    DeliveryMode.REMOTE,
                    null,
                    "AnyDesk",
                    null)));
    DoubleBookingException taken =
        assertThrows(
            DoubleBookingException.class,
            () ->
                asStaff.call(
                    () ->
                        dispatch.book(
                            second.getId(),
                            second.getVersion(),
                            new Dispatch.Booking(
                                consultant,
                                start.plus(Duration.ofMinutes(105)),
                                start.plus(Duration.ofMinutes(165)),
                                DeliveryMode.REMOTE,
                                null,
                                "AnyDesk",
                                null))));
    assertEquals("sd.booking.taken", taken.messageKey());
    assertTrue(taken.arguments()[0].toString().startsWith("Консултант"));
    RequestRuleException late =
        assertThrows(
            RequestRuleException.class,
            () ->
                asStaff.call(
                    () ->
                        dispatch.book(
                            second.getId(),
                            second.getVersion(),
                            new Dispatch.Booking(
                                consultant,
                                DeskFixtures.futureWeekday(17),
                                DeskFixtures.futureWeekday(17).plus(Duration.ofHours(2)),
                                DeliveryMode.REMOTE,
                                null,
                                "AnyDesk",
                                null))));
    assertTrue(late.messageKey().startsWith("sd.rule.slot"), late.messageKey());
    asStaff.call(
        () ->
            dispatch.book(
                second.getId(),
                second.getVersion(),
                new Dispatch.Booking(
                    consultant,
                    start.plus(Duration.ofHours(2)),
                    start.plus(Duration.ofHours(3)),
                    DeliveryMode.REMOTE,
                    null,
                    "AnyDesk",
                    null)));
    assertEquals(12, slotsOf(consultant), "back-to-back bookings do not overlap");
  }

  @Test
  void theClientGetsAnInvitationAnUpdateWithAHigherSequenceAndACancel() throws Exception {
    long consultant = fixtures.newConsultant();
    ServiceRequest request = fixtures.triagedRequest(RequestType.SUPPORT);
    Instant start = DeskFixtures.futureWeekday(9);
    ServiceRequest booked =
        asStaff.call(
            () ->
                dispatch.book(
                    request.getId(),
                    request.getVersion(),
                    new Dispatch.Booking(
                        consultant,
                        start,
                        start.plus(Duration.ofHours(1)),
                        DeliveryMode.REMOTE,
                        null,
                        "AnyDesk",
                        "123 456 789")));
    ServiceRequest moved =
        asStaff.call(
            () ->
                dispatch.book(
                    booked.getId(),
                    booked.getVersion(),
                    new Dispatch.Booking(
                        consultant,
                        start.plus(Duration.ofHours(2)),
                        start.plus(Duration.ofHours(3)),
                        DeliveryMode.REMOTE,
                        null,
                        "AnyDesk",
                        "123 456 789")));
    ServiceRequest withdrawn =
        asStaff.call(() -> dispatch.unbook(moved.getId(), moved.getVersion(), "клиентът отложи"));
    assertEquals(RequestStatus.TRIAGED, withdrawn.getStatus());
    assertEquals(0, slotsOf(consultant));
    List<String[]> calendars = new ArrayList<>();
    try (Connection db = database.getConnection();
        PreparedStatement select =
            db.prepareStatement(
                "select substring_index(a.content_type, 'method=', -1), a.content, m.recipient"
                    + " from outgoing_mail m join outgoing_mail_attachment a on a.mail_id = m.id"
                    + " where m.topic = ? and a.content_type like 'text/calendar%' order by m.id")) {
      select.setString(1, "service-request:" + request.getId());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          calendars.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
        }
      }
    }
    assertEquals(3, calendars.size());
    String uid = "UID:service-request-" + request.getId() + "@desk.omegasoft.bg";
    assertEquals("REQUEST", calendars.get(0)[0]);
    assertTrue(calendars.get(0)[1].contains("SEQUENCE:0") && calendars.get(0)[1].contains(uid));
    assertTrue(calendars.get(0)[1].contains("METHOD:REQUEST"));
    assertEquals("REQUEST", calendars.get(1)[0]);
    assertTrue(calendars.get(1)[1].contains("SEQUENCE:1") && calendars.get(1)[1].contains(uid));
    assertEquals("CANCEL", calendars.get(2)[0]);
    assertTrue(
        calendars.get(2)[1].contains("SEQUENCE:2")
            && calendars.get(2)[1].contains("METHOD:CANCEL"));
    assertEquals("maria.georgieva@demetra-agro.bg", calendars.get(0)[2]);
  }

  @Test
  void aBookingIsOnTheCalendarAndTheWorkListFindsItByConsultantAndRequester() {
    long consultant = fixtures.newConsultant();
    ServiceRequest request = fixtures.triagedRequest(RequestType.SUPPORT);
    Instant start = DeskFixtures.futureWeekday(9);
    asStaff.call(
        () ->
            dispatch.book(
                request.getId(),
                request.getVersion(),
                new Dispatch.Booking(
                    consultant,
                    start,
                    start.plus(Duration.ofHours(1)),
                    DeliveryMode.REMOTE,
                    null,
                    "AnyDesk",
                    null)));

    List<CalendarEntry> calendar =
        asStaff.call(
            () -> dispatch.calendar(start.minus(Duration.ofMinutes(1)), start.plusSeconds(60)));
    assertTrue(
        calendar.stream()
            .anyMatch(e -> e.requestId() == request.getId() && e.consultantId() == consultant),
        "the booked hour is on the calendar with its consultant");
    assertEquals(List.of(request.getId()), found(consultant, null));
    assertEquals(List.of(request.getId()), found(consultant, "maria.georgieva@DEMETRA"));
    assertEquals(List.of(), found(consultant, "никой-такъв"));
  }

  private List<Long> found(long consultant, String text) {
    return asStaff.call(
        () ->
            workLists
                .search(new RequestFilter(Set.of(), null, null, null, consultant, false, text))
                .stream()
                .map(ServiceRequest::getId)
                .toList());
  }

  @Test
  void whileRemoteOnlyIsOnAVisitCannotBeBooked() {
    boolean before = organisation.remoteOnly();
    long consultant = fixtures.newConsultant();
    ServiceRequest request = fixtures.triagedRequest(RequestType.SUPPORT);
    Instant start = DeskFixtures.futureWeekday(15);
    try {
      setRemoteOnly(true);
      RequestRuleException refused =
          assertThrows(
              RequestRuleException.class,
              () ->
                  asStaff.call(
                      () ->
                          dispatch.book(
                              request.getId(),
                              request.getVersion(),
                              new Dispatch.Booking(
                                  consultant,
                                  start,
                                  start.plus(Duration.ofHours(1)),
                                  DeliveryMode.ON_SITE,
                                  "ул. Иван Вазов 12, Пловдив",
                                  null,
                                  null))));
      assertEquals("sd.rule.remoteOnly", refused.messageKey());
      assertEquals(0, slotsOf(consultant), "nothing of the refused booking stays");
      setRemoteOnly(false);
      ServiceRequest visit =
          asStaff.call(
              () ->
                  dispatch.book(
                      request.getId(),
                      request.getVersion(),
                      new Dispatch.Booking(
                          consultant,
                          start,
                          start.plus(Duration.ofHours(1)),
                          DeliveryMode.ON_SITE,
                          null,
                          null,
                          null)));
      assertEquals(DeliveryMode.ON_SITE, visit.getDeliveryMode());
      assertEquals(
          "ул. Иван Вазов 12, 4000 Пловдив",
          visit.getSiteAddress(),
          "the client's address by default");
    } finally {
      setRemoteOnly(before);
    }
  }

  @Test
  void aSecondEditorGetsAConflictAndNothingIsOverwritten() {
    ServiceRequest request = fixtures.triagedRequest(RequestType.SUPPORT);
    int seen = request.getVersion();
    asStaff.call(() -> requests.cancel(request.getId(), seen, "дублирана заявка"));
    assertThrows(
        RequestChangedException.class,
        () -> asStaff.call(() -> requests.start(request.getId(), seen)));
    assertEquals(
        RequestStatus.CANCELLED, asStaff.call(() -> requests.find(request.getId())).getStatus());
  }

  private void setRemoteOnly(boolean on) {
    asAdmin.call(
        () -> {
          Organisation current = organisation.current();
          current.setRemoteOnly(on);
          return organisation.update(current);
        });
  }

  private long slotsOf(long consultant) {
    try (Connection db = database.getConnection();
        PreparedStatement count =
            db.prepareStatement("select count(*) from booking_slot where consultant_id = ?")) {
      count.setLong(1, consultant);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
