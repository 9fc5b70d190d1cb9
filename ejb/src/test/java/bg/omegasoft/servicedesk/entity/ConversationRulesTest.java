package bg.omegasoft.servicedesk.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The rules of a request's conversation without a container: who sees which message, a closed
 * request takes no portal answer, waits for the client as half-open intervals, and the placeholders
 * of a reply template.
 */
class ConversationRulesTest {

  private static final Instant T0 = Instant.parse("2027-02-01T08:00:00Z");

  @Test
  void notesAreForTheStaffOnlyAndEverythingElseTheClientSees() {
    ServiceRequest request = request();
    RequestMessage note = RequestMessage.note(request, T0, "staff", "Клиентът е раздразнен.");
    assertTrue(note.isNote());
    assertFalse(note.isVisibleToClient());
    assertNull(note.getMessageId(), "a note is never mailed");
    assertEquals("staff", note.getAuthor());

    RequestMessage mailed =
        RequestMessage.staffReply(
            request, T0, "staff", "desk@omegasoft.bg", "[SR] Отг.", "Текст", "<id@x>");
    assertEquals(RequestMessage.Kind.MAIL, mailed.getKind());
    assertEquals(RequestMessage.Direction.OUT, mailed.getDirection());
    assertTrue(mailed.isVisibleToClient());

    RequestMessage unmailed =
        RequestMessage.staffReply(request, T0, "staff", "desk@omegasoft.bg", null, "Текст", null);
    assertEquals(
        RequestMessage.Kind.PORTAL, unmailed.getKind(), "no address: the portal shows it only");

    RequestMessage answer =
        RequestMessage.portalAnswer(request, T0, "clientadmin", "Мария Георгиева", "Благодаря");
    assertEquals(RequestMessage.Direction.IN, answer.getDirection());
    assertEquals(RequestMessage.Kind.PORTAL, answer.getKind());
    assertEquals("Мария Георгиева", answer.getSender());
    assertTrue(answer.isVisibleToClient());
  }

  @Test
  void aClosedRequestTakesNoPortalAnswerButStaffMayStillWrite() {
    ServiceRequest request = request();
    request.cancel(T0, "staff", "Дублира друга заявка");
    RequestRuleException refused =
        assertThrows(
            RequestRuleException.class,
            () -> RequestMessage.portalAnswer(request, T0, "clientadmin", "Мария", "Още нещо"));
    assertEquals("sd.conversation.closed", refused.getMessage());
    RequestMessage lastWord =
        RequestMessage.staffReply(request, T0, "staff", "desk", "s", "Последна дума", "<m@x>");
    assertEquals("Последна дума", lastWord.getBody());
    assertEquals(RequestStatus.CANCELLED, request.getStatus(), "a reply does not reopen");
    assertThrows(RequestRuleException.class, () -> new ClientWait(request, T0));
  }

  @Test
  void blankOrOverlongTextIsRefused() {
    ServiceRequest request = request();
    assertThrows(RequestRuleException.class, () -> RequestMessage.note(request, T0, "staff", " "));
    assertThrows(RequestRuleException.class, () -> RequestMessage.note(request, T0, "staff", null));
    assertThrows(
        RequestRuleException.class,
        () -> RequestMessage.note(request, T0, "staff", "x".repeat(RequestMessage.MAX_TEXT + 1)));
    assertEquals("Текст", RequestMessage.note(request, T0, "staff", "  Текст \n").getBody());
  }

  @Test
  void aWaitIsAHalfOpenIntervalEndedByTheClientsAnswer() {
    ClientWait wait = new ClientWait(request(), T0);
    assertTrue(wait.isOpen());
    assertNull(wait.interval().to(), "still waiting");
    assertTrue(wait.interval().covers(T0.plus(Duration.ofDays(3))));
    Instant answered = T0.plus(Duration.ofHours(5));
    wait.end(answered);
    wait.end(answered.plus(Duration.ofHours(1)));
    assertEquals(
        new ClientWait.Interval(T0, answered), wait.interval(), "the first answer ends it");
    assertTrue(wait.interval().covers(T0));
    assertFalse(wait.interval().covers(answered), "[from, to)");
    ClientWait early = new ClientWait(request(), T0);
    early.end(T0.minusSeconds(5));
    assertEquals(T0, early.getEndedAt(), "never ends before it began");
  }

  @Test
  void aTemplateFillsItsPlaceholdersAndKeepsOtherBraces() {
    ReplyTemplate template =
        new ReplyTemplate(
            RequestType.SUPPORT,
            "MORE_INFO",
            "bg",
            "Нужна е още информация",
            "Здравейте, {requester},\nпо {number} на {client} {unknown}.\n{consultant}");
    assertEquals(
        "Здравейте, Мария Георгиева,\nпо SR-2027-000123 на Деметра Агро ЕООД {unknown}.\n"
            + "Стефан Димитров",
        template.fill(
            new ReplyTemplate.Values(
                "SR-2027-000123", "Деметра Агро ЕООД", "Мария Георгиева", "Стефан Димитров")));
    assertEquals(
        "по SR-1 на  {unknown}.",
        template
            .fill(new ReplyTemplate.Values("SR-1", null, null, null))
            .lines()
            .skip(1)
            .findFirst()
            .orElseThrow(),
        "an unknown value leaves nothing in its place");
    assertThrows(RequestRuleException.class, () -> template.rewrite(" ", "текст"));
    assertThrows(RequestRuleException.class, () -> template.rewrite("заглавие", ""));
  }

  private static ServiceRequest request() {
    return new ServiceRequest(
        RequestType.SUPPORT,
        Channel.PHONE,
        T0,
        new Consent("Мария Георгиева", T0, Channel.PHONE),
        "Заплати не се изчисляват",
        "Описание",
        "staff");
  }
}
