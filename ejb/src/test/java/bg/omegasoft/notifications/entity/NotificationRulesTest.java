package bg.omegasoft.notifications.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.shared.boundary.Notice;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  private static Notice notice(String key, List<String> arguments, String link, String dedup) {
    return new Notice(
        Notice.Kind.REQUEST_NEW, Notice.Audience.role("STAFF"), key, arguments, link, dedup);
  }

  @Test
  void argumentsComeBackAsTheyWereGiven() {
    Arguments converter = new Arguments();
    List<String> tricky = List.of("SR-2026-000001", "„кавички“, \"quotes\", {0}\nнов ред", "");
    String column = converter.convertToDatabaseColumn(tricky);
    assertEquals(tricky, converter.convertToEntityAttribute(column));
    assertEquals("[]", converter.convertToDatabaseColumn(null));
    assertEquals(List.of(), converter.convertToEntityAttribute("not json"));
  }

  @Test
  void onlyPathsInsideTheApplicationAreLinks() {
    assertEquals(
        "/servicedesk/request.xhtml?id=1", Notification.link("/servicedesk/request.xhtml?id=1"));
    assertNull(Notification.link("https://evil.example/"));
    assertNull(Notification.link("//evil.example/"));
    assertNull(Notification.link("/\\evil.example/"));
    assertNull(Notification.link("javascript:alert(1)"));
    assertNull(Notification.link("/a\r\nSet-Cookie: x"));
    assertNull(Notification.link(null));
    assertNull(Notification.link("/" + "a".repeat(Notification.MAX_LINK)));
  }

  @Test
  void aLongDedupKeyIsStoredAsItsDigestTheSameEachTime() {
    String longKey = "k".repeat(300);
    String stored = Notification.key(longKey);
    assertTrue(stored.length() <= Notification.MAX_KEY, stored);
    assertEquals(stored, Notification.key(longKey));
    assertEquals("request-new:SR-2026-000001", Notification.key("request-new:SR-2026-000001"));
  }

  @Test
  void theTextIsInTheReadersLanguageAndAnUnknownKeyReadsAsItself() {
    Notification n =
        new Notification(
            7, notice("notice.requestNew", List.of("SR-2026-000001", "Заплати"), "/x", "d"), NOW);
    assertEquals("Нова заявка SR-2026-000001: Заплати", n.text(Locale.forLanguageTag("bg")));
    assertEquals("New request SR-2026-000001: Заплати", n.text(Locale.ENGLISH));
    Notification unknown = new Notification(7, notice("notice.notYet", List.of(), null, "d"), NOW);
    assertEquals("notice.notYet", unknown.text(Locale.ENGLISH));
  }

  @Test
  void theFirstReadingCounts() {
    Notification n = new Notification(7, notice("notice.requestNew", List.of(), null, "d"), NOW);
    assertFalse(n.isRead());
    n.markRead(NOW.plusSeconds(60));
    n.markRead(NOW.plusSeconds(120));
    assertEquals(NOW.plusSeconds(60), n.getReadAt());
  }

  @Test
  void actionAndDeadlinesComeByMailByDefaultFrequentThingsOnlyInTheBell() {
    Map<Notice.Kind, Boolean> defaults = MailChoice.effective(List.of());
    assertEquals(Notice.Kind.values().length, defaults.size());
    assertTrue(defaults.get(Notice.Kind.PROTOCOL_TO_ACCEPT));
    assertTrue(defaults.get(Notice.Kind.CLOCK_WARNING));
    assertTrue(defaults.get(Notice.Kind.CLOCK_BREACHED));
    assertTrue(defaults.get(Notice.Kind.REQUEST_REPLY));
    assertFalse(defaults.get(Notice.Kind.REQUEST_NEW));
    assertFalse(defaults.get(Notice.Kind.OFFER_WAITING));
    assertFalse(defaults.get(Notice.Kind.REFERRAL));
  }

  @Test
  void aPersonsChoiceOverridesTheDefault() {
    List<MailChoice> mine =
        List.of(
            new MailChoice(7, Notice.Kind.REQUEST_NEW, true),
            new MailChoice(7, Notice.Kind.CLOCK_BREACHED, false));
    assertTrue(MailChoice.byMail(Notice.Kind.REQUEST_NEW, mine));
    assertFalse(MailChoice.byMail(Notice.Kind.CLOCK_BREACHED, mine));
    assertTrue(MailChoice.byMail(Notice.Kind.PROTOCOL_TO_ACCEPT, mine));
  }
}
