package bg.omegasoft.servicedesk.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The answers to a protocol: by the mailed link (once, before its deadline) and received by staff.
 */
class ProtocolAnswerTest {

  private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

  @Test
  void aLinkAnswersOnlyUndecidedAndBeforeItsDeadline() {
    Protocol protocol = written();
    assertEquals(Protocol.LinkState.EXPIRED, protocol.linkStateAt(T0), "no link yet");
    protocol.offerLink("hash", T0.plusSeconds(3600));
    assertEquals(Protocol.LinkState.OPEN, protocol.linkStateAt(T0));
    assertEquals(Protocol.LinkState.EXPIRED, protocol.linkStateAt(T0.plusSeconds(3600)));
    protocol.accept(5, null, "Петър Колев", AnswerVia.LINK, T0);
    assertEquals(Protocol.LinkState.DECIDED, protocol.linkStateAt(T0));
    RequestRuleException again =
        assertThrows(
            RequestRuleException.class, () -> protocol.dispute("Не", "Друг", T0.plusSeconds(1)));
    assertEquals("sd.rule.protocolDecided", again.messageKey());
    assertEquals(AnswerVia.LINK, protocol.getVia());
  }

  @Test
  void staffRecordAPaperDisputeWithItsEvidence() {
    Protocol protocol = written();
    ReceivedAnswer answer =
        new ReceivedAnswer(
            Protocol.Decision.DISPUTED,
            AnswerVia.PAPER,
            "Иван Петров",
            "Управител",
            LocalDate.of(2026, 11, 25),
            null,
            "Липсва ведомостта за декември");
    protocol.recordReceived(answer, new Protocol.Evidence(42, "scan.pdf"), "staff", T0);
    assertEquals(Protocol.Decision.DISPUTED, protocol.getDecision());
    assertEquals("Липсва ведомостта за декември", protocol.getClientComment());
    assertEquals(42L, protocol.getReceived().getFileId());
    assertEquals("staff", protocol.getReceived().getRecordedBy());
    assertNull(protocol.getRating());
  }

  @Test
  void aReceivedAnswerNeedsItsFactsAndAnAcceptanceItsRating() {
    ReceivedAnswer viaLink =
        new ReceivedAnswer(
            Protocol.Decision.ACCEPTED, AnswerVia.LINK, "Иван", null, LocalDate.now(), 5, null);
    assertEquals(
        "sd.rule.answerVia",
        assertThrows(RequestRuleException.class, () -> record(viaLink)).messageKey());
    ReceivedAnswer noRating =
        new ReceivedAnswer(
            Protocol.Decision.ACCEPTED, AnswerVia.EMAIL, "Иван", null, LocalDate.now(), null, null);
    assertEquals(
        "sd.rule.rating",
        assertThrows(RequestRuleException.class, () -> record(noRating)).messageKey());
  }

  private static void record(ReceivedAnswer answer) {
    written().recordReceived(answer, new Protocol.Evidence(1, "a.pdf"), "staff", T0);
  }

  private static Protocol written() {
    ServiceRequest request =
        new ServiceRequest(
            RequestType.SUPPORT,
            Channel.PHONE,
            T0,
            new Consent("Мария Георгиева", T0, Channel.PHONE),
            "Заплати",
            "Описание",
            "staff");
    Protocol protocol = new Protocol(request);
    protocol.write("Настройка", 60, "Готово", "staff", T0);
    return protocol;
  }
}
