package bg.omegasoft.learning.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.identity.entity.User;
import bg.omegasoft.learning.entity.TrainingSession.SessionPlan;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.control.SofiaTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * A classroom session planned before the remote-only policy moves online, once, before it begins.
 */
class SessionOnlineTest {

  private static final LocalDate TODAY = LocalDate.now(SofiaTime.ZONE);

  private static TrainingSession session(SessionFormat format) {
    LocalDate first = TODAY.plusDays(30);
    return new TrainingSession(
        new SessionPlan(
            first,
            first.plusDays(1),
            LocalTime.of(9, 30),
            LocalTime.of(17, 0),
            format,
            "София, бул. Александър Малинов 51",
            12),
        VersionRulesTest.publishedProgramme().current().orElseThrow(),
        new User("trainer", "Иван Иванов", null, "x", Instant.now()));
  }

  @Test
  void aClassroomSessionAheadMovesOnlineOnTheSameDays() {
    TrainingSession classroom = session(SessionFormat.CLASSROOM);
    assertTrue(classroom.isInPersonAhead(TODAY));
    assertFalse(classroom.isInPersonAhead(TODAY.plusDays(30)), "not once it has begun");
    InvalidInputException noVenue =
        assertThrows(InvalidInputException.class, () -> classroom.moveOnline(" ", TODAY));
    assertEquals("session.venueRequired", noVenue.messageKey());
    classroom.moveOnline(" Microsoft Teams ", TODAY);
    assertEquals(SessionFormat.ONLINE, classroom.getFormat());
    assertEquals("Microsoft Teams", classroom.getVenue());
    assertEquals(TODAY.plusDays(30), classroom.getFirstDay());
    assertFalse(classroom.isInPersonAhead(TODAY));
    assertThrows(SessionClosedException.class, () -> classroom.moveOnline("Zoom", TODAY));
  }

  @Test
  void aSessionAtTheClientIsInPersonTooAndACancelledOneIsNot() {
    assertTrue(session(SessionFormat.ON_SITE_CLIENT).isInPersonAhead(TODAY));
    assertFalse(session(SessionFormat.ONLINE).isInPersonAhead(TODAY));
    TrainingSession cancelled = session(SessionFormat.CLASSROOM);
    cancelled.cancel("залата не е свободна", Instant.now());
    assertFalse(cancelled.isInPersonAhead(TODAY));
  }
}
