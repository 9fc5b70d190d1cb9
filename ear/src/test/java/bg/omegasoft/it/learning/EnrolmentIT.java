package bg.omegasoft.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bg.omegasoft.identity.entity.User;
import bg.omegasoft.it.support.AsAdmin;
import bg.omegasoft.it.support.AsClientAdmin;
import bg.omegasoft.it.support.AsTrainer;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.learning.boundary.Enrolments;
import bg.omegasoft.learning.boundary.TrainingSessions;
import bg.omegasoft.learning.entity.AlreadyEnrolledException;
import bg.omegasoft.learning.entity.Enrolment;
import bg.omegasoft.learning.entity.EnrolmentStatus;
import bg.omegasoft.learning.entity.NotOwnStaffException;
import bg.omegasoft.learning.entity.Programme;
import bg.omegasoft.learning.entity.RemoteOnlyException;
import bg.omegasoft.learning.entity.SessionFormat;
import bg.omegasoft.learning.entity.TrainingSession;
import bg.omegasoft.learning.entity.TrainingSession.SessionPlan;
import bg.omegasoft.organisation.boundary.OrganisationSettings;
import bg.omegasoft.organisation.entity.Organisation;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Enrolment on MariaDB: two people taking the last seat at the same moment (exactly one gets it), a
 * burst of enrolments never overbooking, the waiting list moving up on cancellation, client
 * administrators enrolling only their own staff, and the remote-only policy.
 */
@ExtendWith(ArquillianExtension.class)
class EnrolmentIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(EnrolmentIT.class);
  }

  @EJB LearningFixtures fixtures;
  @EJB Enrolments enrolments;
  @EJB TrainingSessions sessions;
  @EJB AsTrainer asTrainer;
  @EJB AsClientAdmin asClientAdmin;
  @EJB AsAdmin asAdmin;
  @EJB OrganisationSettings organisation;

  @Resource ManagedExecutorService executor;

  @Test
  void twoPeopleTakingTheLastSeatAtOnceOneGetsItTheOtherWaits() throws Exception {
    Programme programme = fixtures.publishedProgramme(LearningFixtures.unique("Последно място"));
    TrainingSession session = fixtures.onlineSession(programme, 3);
    for (int i = 0; i < 2; i++) {
      User early = fixtures.trainee(null);
      assertEquals(EnrolmentStatus.CONFIRMED, enrol(session, early).getStatus());
    }

    List<Enrolment> racing =
        concurrently(session, List.of(fixtures.trainee(null), fixtures.trainee(null)));

    Map<EnrolmentStatus, Long> outcome = count(racing);
    assertEquals(1L, outcome.get(EnrolmentStatus.CONFIRMED), outcome.toString());
    assertEquals(1L, outcome.get(EnrolmentStatus.WAITLISTED), outcome.toString());
    assertEquals(3, seatsTaken(session));
  }

  @Test
  void aBurstOfEnrolmentsNeverOverbooks() throws Exception {
    Programme programme = fixtures.publishedProgramme(LearningFixtures.unique("Наплив"));
    TrainingSession session = fixtures.onlineSession(programme, 2);
    List<User> people = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      people.add(fixtures.trainee(null));
    }

    Map<EnrolmentStatus, Long> outcome = count(concurrently(session, people));

    assertEquals(2L, outcome.get(EnrolmentStatus.CONFIRMED), outcome.toString());
    assertEquals(4L, outcome.get(EnrolmentStatus.WAITLISTED), outcome.toString());
    assertEquals(2, seatsTaken(session));
  }

  @Test
  void theWaitingListMovesUpWhenASeatComesFree() {
    Programme programme = fixtures.publishedProgramme(LearningFixtures.unique("Чакащи"));
    TrainingSession session = fixtures.onlineSession(programme, 1);
    Enrolment first = enrol(session, fixtures.trainee(null));
    Enrolment second = enrol(session, fixtures.trainee(null));
    Enrolment third = enrol(session, fixtures.trainee(null));
    assertEquals(EnrolmentStatus.CONFIRMED, first.getStatus());
    assertEquals(EnrolmentStatus.WAITLISTED, second.getStatus());
    assertEquals(EnrolmentStatus.WAITLISTED, third.getStatus());

    asTrainer.call(() -> enrolments.cancel(first.getId()));

    Map<Long, EnrolmentStatus> now = statuses(session);
    assertEquals(EnrolmentStatus.CANCELLED, now.get(first.getId()));
    assertEquals(EnrolmentStatus.CONFIRMED, now.get(second.getId()), "the first waiting moves up");
    assertEquals(EnrolmentStatus.WAITLISTED, now.get(third.getId()));
    assertEquals(1, seatsTaken(session));

    asTrainer.call(() -> enrolments.cancel(third.getId()));
    assertEquals(1, seatsTaken(session), "a waiting place held no seat");
  }

  @Test
  void aPersonEnrolsOnlyOnceAndAClientAdministratorOnlyTheirOwnStaff() {
    Programme programme = fixtures.publishedProgramme(LearningFixtures.unique("Свои служители"));
    TrainingSession session = fixtures.onlineSession(programme, 5);
    long demetra = asClientAdmin.call(() -> enrolments.myStaff().get(0).getClientId());
    User own = fixtures.trainee(demetra);
    User stranger = fixtures.trainee(null);

    Enrolment enrolled =
        asClientAdmin.call(() -> enrolments.enrolPerson(session.getId(), own.getId()));
    assertEquals(EnrolmentStatus.CONFIRMED, enrolled.getStatus());
    assertEquals("clientadmin", enrolled.getEnrolledBy());
    assertThrows(
        NotOwnStaffException.class,
        () -> asClientAdmin.call(() -> enrolments.enrolPerson(session.getId(), stranger.getId())));
    assertThrows(AlreadyEnrolledException.class, () -> enrol(session, own));
    assertEquals(1, seatsTaken(session));
  }

  @Test
  void whileRemoteOnlyIsOnOnlyOnlineSessionsCanBeScheduledAfterwardsAnyFormat() {
    Programme programme = fixtures.publishedProgramme(LearningFixtures.unique("Само онлайн"));
    long versionId = programme.current().orElseThrow().getId();
    LocalDate start = LocalDate.now().plusDays(20);
    SessionPlan classroom =
        new SessionPlan(
            start,
            start,
            LocalTime.of(9, 0),
            LocalTime.of(17, 0),
            SessionFormat.CLASSROOM,
            "София, бул. Александър Малинов 51",
            10);
    RemoteOnlyException refused =
        assertThrows(
            RemoteOnlyException.class,
            () ->
                asTrainer.call(
                    () ->
                        sessions.schedule(
                            versionId, classroom, sessions.trainers().get(0).getId())));
    assertEquals("session.remoteOnly", refused.messageKey());

    Organisation settings = asAdmin.call(() -> organisation.current());
    settings.setRemoteOnly(false);
    try {
      asAdmin.call(() -> organisation.update(settings));
      SessionPlan atTheClient =
          new SessionPlan(
              start,
              start,
              LocalTime.of(9, 0),
              LocalTime.of(17, 0),
              SessionFormat.ON_SITE_CLIENT,
              "Пловдив, ул. Иван Вазов 12",
              10);
      TrainingSession scheduled =
          asTrainer.call(
              () -> sessions.schedule(versionId, atTheClient, sessions.trainers().get(0).getId()));
      assertEquals(SessionFormat.ON_SITE_CLIENT, scheduled.getFormat());
    } finally {
      settings.setRemoteOnly(true);
      asAdmin.call(() -> organisation.update(settings));
    }
  }

  private Enrolment enrol(TrainingSession session, User person) {
    return asTrainer.call(() -> enrolments.enrolPerson(session.getId(), person.getId()));
  }

  /**
   * Everyone enrols at the same moment, each in a transaction of their own: the tasks wait at a
   * gate that opens once they are all running (or after a few seconds, if the pool is smaller).
   */
  private List<Enrolment> concurrently(TrainingSession session, List<User> people)
      throws Exception {
    CountDownLatch ready = new CountDownLatch(people.size());
    CountDownLatch gate = new CountDownLatch(1);
    List<Future<Enrolment>> running = new ArrayList<>();
    for (User person : people) {
      running.add(
          executor.submit(
              () -> {
                ready.countDown();
                gate.await(10, TimeUnit.SECONDS);
                return enrol(session, person);
              }));
    }
    ready.await(5, TimeUnit.SECONDS);
    gate.countDown();
    List<Enrolment> done = new ArrayList<>();
    for (Future<Enrolment> future : running) {
      done.add(future.get(60, TimeUnit.SECONDS));
    }
    return done;
  }

  private static Map<EnrolmentStatus, Long> count(List<Enrolment> enrolled) {
    return enrolled.stream()
        .collect(Collectors.groupingBy(Enrolment::getStatus, Collectors.counting()));
  }

  private Map<Long, EnrolmentStatus> statuses(TrainingSession session) {
    return asTrainer.call(
        () ->
            sessions.enrolments(session.getId()).stream()
                .collect(Collectors.toMap(Enrolment::getId, Enrolment::getStatus)));
  }

  private int seatsTaken(TrainingSession session) {
    return asTrainer.call(() -> sessions.find(session.getId()).getSeatsTaken());
  }
}
