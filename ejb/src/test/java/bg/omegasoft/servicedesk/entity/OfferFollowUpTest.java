package bg.omegasoft.servicedesk.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.shared.control.SofiaTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** An offer request waits for its first contact, is overdue after the promise, ends once. */
class OfferFollowUpTest {

  private static final Instant MONDAY_10 =
      LocalDateTime.parse("2026-12-07T10:00").atZone(SofiaTime.ZONE).toInstant();

  private static OfferFollowUp offer() {
    ServiceRequest request =
        new ServiceRequest(
            RequestType.OFFER,
            Channel.WEB_FORM,
            MONDAY_10,
            new Consent("Стоян <s@example.bg>", MONDAY_10, Channel.WEB_FORM),
            "Омекс ТРЗ",
            "Оферта за 30 служители",
            "offer-form");
    return new OfferFollowUp(request, "en", MONDAY_10.plus(Duration.ofHours(4)));
  }

  @Test
  void itWaitsUntilDueThenIsOverdue() {
    OfferFollowUp offer = offer();
    assertEquals(MONDAY_10.plus(Duration.ofHours(4)), offer.getContactDueAt());
    assertEquals("en", offer.getLanguage());
    assertEquals(OfferFollowUp.State.WAITING, offer.state(MONDAY_10.plus(Duration.ofHours(4))));
    assertEquals(OfferFollowUp.State.OVERDUE, offer.state(MONDAY_10.plus(Duration.ofMinutes(241))));
    assertTrue(offer.isLate(MONDAY_10.plus(Duration.ofHours(5))));
  }

  @Test
  void aRecordedContactStopsTheClock() {
    OfferFollowUp offer = offer();
    Instant contact = MONDAY_10.plus(Duration.ofHours(2));
    offer.recordContact(
        contact, OfferFollowUp.Way.PHONE, "Иван Петров", "иска демо", contact, "staff");
    Instant muchLater = MONDAY_10.plus(Duration.ofDays(3));
    assertEquals(OfferFollowUp.State.CONTACTED, offer.state(muchLater));
    assertFalse(offer.isLate(muchLater));
    assertThrows(
        RequestRuleException.class,
        () -> offer.recordContact(muchLater, OfferFollowUp.Way.EMAIL, "X", null, muchLater, "s"));
    offer.close(OfferFollowUp.Outcome.CONVERTED, muchLater, "staff");
    assertEquals(OfferFollowUp.State.CONVERTED, offer.state(muchLater));
    assertThrows(
        RequestRuleException.class,
        () -> offer.close(OfferFollowUp.Outcome.DECLINED, muchLater, "staff"));
  }

  @Test
  void aContactNeedsWhenHowAndWhoAndAPossibleTime() {
    OfferFollowUp offer = offer();
    Instant now = MONDAY_10.plus(Duration.ofHours(1));
    assertThrows(
        RequestRuleException.class,
        () -> offer.recordContact(now, null, "Иван", null, now, "staff"));
    assertThrows(
        RequestRuleException.class,
        () -> offer.recordContact(now, OfferFollowUp.Way.PHONE, " ", null, now, "staff"));
    assertThrows(
        RequestRuleException.class,
        () ->
            offer.recordContact(
                now.plusSeconds(60), OfferFollowUp.Way.PHONE, "Иван", null, now, "staff"));
    assertThrows(
        RequestRuleException.class,
        () ->
            offer.recordContact(
                MONDAY_10.minusSeconds(60), OfferFollowUp.Way.PHONE, "Иван", null, now, "staff"));
    assertEquals(OfferFollowUp.State.WAITING, offer.state(now));
  }

  @Test
  void aDeclinedOfferIsNoLongerWaiting() {
    OfferFollowUp offer = offer();
    offer.close(OfferFollowUp.Outcome.DECLINED, MONDAY_10.plusSeconds(60), "staff");
    assertEquals(OfferFollowUp.State.DECLINED, offer.state(MONDAY_10.plus(Duration.ofDays(9))));
    assertFalse(offer.state(MONDAY_10.plus(Duration.ofDays(9))).isWaiting());
  }
}
