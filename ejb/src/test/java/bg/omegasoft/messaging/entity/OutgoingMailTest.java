package bg.omegasoft.messaging.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A mail's delivery: growing pauses, given up after the last attempt, resent from scratch. */
class OutgoingMailTest {

  private static final Instant NOW = Instant.parse("2027-01-04T08:00:00Z");

  private static OutgoingMail mail() {
    return new OutgoingMail(
        List.of("a@example.com", "b@example.com"), "S", "B", "bg", "<m@x>", "event:1", NOW);
  }

  @Test
  void failuresWaitLongerEachTimeThenGiveUp() {
    OutgoingMail mail = mail();
    mail.failed("connection refused", NOW);
    assertEquals(NOW.plus(Duration.ofMinutes(1)), mail.getNextAttemptAt());
    mail.failed("connection refused", NOW);
    assertEquals(NOW.plus(Duration.ofMinutes(2)), mail.getNextAttemptAt());
    for (int i = 2; i < OutgoingMail.MAX_ATTEMPTS - 1; i++) {
      mail.failed("connection refused", NOW);
      assertEquals(MailState.PENDING, mail.getState());
    }
    assertEquals(NOW.plus(Duration.ofMinutes(60)), mail.getNextAttemptAt());
    mail.failed("connection refused", NOW);
    assertEquals(MailState.FAILED, mail.getState());
    assertEquals("connection refused", mail.getLastError());
  }

  @Test
  void aFailedMailIsResentFromScratchAndMarkedSentOnce() {
    OutgoingMail mail = mail();
    assertThrows(IllegalStateException.class, () -> mail.resend(NOW));
    for (int i = 0; i < OutgoingMail.MAX_ATTEMPTS; i++) {
      mail.failed("down", NOW);
    }
    assertTrue(mail.isResendable());
    mail.resend(NOW.plusSeconds(60));
    assertEquals(MailState.PENDING, mail.getState());
    assertEquals(0, mail.getAttempts());
    assertEquals(NOW.plusSeconds(60), mail.getNextAttemptAt());
    mail.sent(NOW.plusSeconds(61));
    assertEquals(MailState.SENT, mail.getState());
    assertNull(mail.getLastError());
    assertEquals(List.of("a@example.com", "b@example.com"), mail.recipients());
  }
}
