package bg.omegasoft.servicedesk.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.identity.entity.User;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lifecycle of a request and the rules of each step, without a container. */
class ServiceRequestTest {

  private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

  private final Client client = new Client("Деметра Агро ЕООД", "201234563", T0);
  private final User consultant = new User("staff", "Стефан Димитров", null, "x", T0);

  @Test
  void everyStatusHasExactlyTheAllowedNextOnes() {
    assertEquals(
        EnumSet.of(RequestStatus.TRIAGED, RequestStatus.CANCELLED), RequestStatus.NEW.next());
    assertEquals(EnumSet.of(RequestStatus.DONE), RequestStatus.IN_PROGRESS.next());
    assertEquals(
        EnumSet.of(RequestStatus.PROTOCOL_ACCEPTED, RequestStatus.DISPUTED),
        RequestStatus.DONE.next());
    assertTrue(RequestStatus.PROTOCOL_ACCEPTED.next().isEmpty());
    assertTrue(RequestStatus.CANCELLED.next().isEmpty());
    assertFalse(RequestStatus.DONE.canMoveTo(RequestStatus.CANCELLED), "done work is not undone");
  }

  @Test
  void aSupportRequestGoesTheWholeWayAndOnlyAcceptedWorkIsBillable() {
    ServiceRequest request = support(RequestType.SUPPORT);
    request.triage(client, RequestType.SUPPORT, T0.plusSeconds(60), "staff");
    assertTrue(
        request.schedule(
            consultant,
            T0.plus(Duration.ofHours(3)),
            T0.plus(Duration.ofHours(4)),
            DeliveryMode.REMOTE,
            null,
            "AnyDesk",
            "123 456 789",
            true,
            T0,
            "staff"));
    assertEquals(RequestStatus.SCHEDULED, request.getStatus());
    request.start(consultant, T0.plus(Duration.ofHours(3)), "staff");
    request.complete(T0.plus(Duration.ofHours(4)), "staff");
    assertEquals(RequestStatus.DONE, request.getStatus());
    assertFalse(request.isBillable(), "not billable before the client accepts");
    request.protocolAccepted(T0.plus(Duration.ofHours(5)), "clientadmin");
    assertTrue(request.isBillable());
    assertEquals(
        List.of(
            RequestStatus.NEW,
            RequestStatus.TRIAGED,
            RequestStatus.SCHEDULED,
            RequestStatus.IN_PROGRESS,
            RequestStatus.DONE,
            RequestStatus.PROTOCOL_ACCEPTED),
        request.getTransitions().stream().map(Transition::getTo).toList());
    assertEquals("clientadmin", request.getTransitions().get(5).getActor());
  }

  @Test
  void forbiddenMovesAreRefusedAndChangeNothing() {
    ServiceRequest request = support(RequestType.SUPPORT);
    RequestRuleException refused =
        assertThrows(RequestRuleException.class, () -> request.start(consultant, T0, "staff"));
    assertEquals("sd.rule.transition", refused.messageKey());
    assertEquals(RequestStatus.NEW, request.getStatus());
    assertThrows(RequestRuleException.class, () -> request.protocolAccepted(T0, "clientadmin"));
    assertEquals(1, request.getTransitions().size());
  }

  @Test
  void aRequestWithoutAClientCannotBeTriagedExceptAnOffer() {
    ServiceRequest request = support(RequestType.SUPPORT);
    assertThrows(
        RequestRuleException.class, () -> request.triage(null, RequestType.SUPPORT, T0, "staff"));
    ServiceRequest offer = support(RequestType.OFFER);
    offer.triage(null, RequestType.OFFER, T0, "staff");
    assertEquals(RequestStatus.TRIAGED, offer.getStatus());
  }

  @Test
  void workThatNeedsAProtocolCannotSkipTheWork() {
    ServiceRequest request = support(RequestType.SUPPORT);
    request.triage(client, RequestType.SUPPORT, T0, "staff");
    RequestRuleException refused =
        assertThrows(RequestRuleException.class, () -> request.complete(T0, "staff"));
    assertEquals("sd.rule.protocolRequired", refused.messageKey());
  }

  @Test
  void onSiteIsRefusedWhileRemoteOnlyIsOn() {
    ServiceRequest request = support(RequestType.SUPPORT);
    request.triage(client, RequestType.SUPPORT, T0, "staff");
    RequestRuleException refused =
        assertThrows(
            RequestRuleException.class,
            () ->
                request.schedule(
                    consultant,
                    T0.plusSeconds(3600),
                    T0.plusSeconds(7200),
                    DeliveryMode.ON_SITE,
                    "Пловдив",
                    null,
                    null,
                    true,
                    T0,
                    "staff"));
    assertEquals("sd.rule.remoteOnly", refused.messageKey());
    assertEquals(RequestStatus.TRIAGED, request.getStatus());
    request.schedule(
        consultant,
        T0.plusSeconds(3600),
        T0.plusSeconds(7200),
        DeliveryMode.ON_SITE,
        "Пловдив",
        null,
        null,
        false,
        T0,
        "staff");
    assertEquals(DeliveryMode.ON_SITE, request.getDeliveryMode());
  }

  @Test
  void aVisitAheadBecomesRemoteAtTheSameTimeWithAnUpdatedInvitationAndOnlyOnce() {
    ServiceRequest request = support(RequestType.SUPPORT);
    request.triage(client, RequestType.SUPPORT, T0, "staff");
    request.schedule(
        consultant,
        T0.plusSeconds(3600),
        T0.plusSeconds(7200),
        DeliveryMode.ON_SITE,
        "Пловдив",
        null,
        null,
        false,
        T0,
        "staff");
    assertTrue(request.isVisitAhead(T0));
    assertFalse(request.isVisitAhead(T0.plusSeconds(3600)), "a visit begun is not ahead");
    RequestRuleException noTool =
        assertThrows(RequestRuleException.class, () -> request.convertToRemote(" ", T0, "admin"));
    assertEquals("sd.rule.toolRequired", noTool.messageKey());
    request.convertToRemote("AnyDesk", T0, "admin");
    assertEquals(DeliveryMode.REMOTE, request.getDeliveryMode());
    assertEquals("AnyDesk", request.getRemoteTool());
    assertNull(request.getSiteAddress());
    assertEquals(T0.plusSeconds(3600), request.getScheduledStart());
    assertEquals(1, request.getCalendarSequence(), "the invitation is updated");
    assertEquals(RequestStatus.SCHEDULED, request.getStatus());
    RequestRuleException again =
        assertThrows(
            RequestRuleException.class, () -> request.convertToRemote("AnyDesk", T0, "admin"));
    assertEquals("sd.rule.notAVisitAhead", again.messageKey());
  }

  @Test
  void aChangeOfBookingRaisesTheCalendarSequenceAndSoDoesTheWithdrawal() {
    ServiceRequest request = support(RequestType.SUPPORT);
    request.triage(client, RequestType.SUPPORT, T0, "staff");
    request.schedule(
        consultant,
        T0.plusSeconds(3600),
        T0.plusSeconds(7200),
        DeliveryMode.REMOTE,
        null,
        "AnyDesk",
        null,
        false,
        T0,
        "staff");
    assertEquals(0, request.getCalendarSequence());
    assertFalse(
        request.schedule(
            consultant,
            T0.plusSeconds(7200),
            T0.plusSeconds(9000),
            DeliveryMode.REMOTE,
            null,
            "AnyDesk",
            null,
            false,
            T0,
            "staff"));
    assertEquals(1, request.getCalendarSequence());
    request.unschedule(T0, "staff", "клиентът помоли");
    assertEquals(2, request.getCalendarSequence());
    assertEquals(RequestStatus.TRIAGED, request.getStatus());
    assertNull(request.getScheduledStart());
  }

  @Test
  void aPasswordRecoveryNeedsEveryIdentityCheckBeforeItIsDone() {
    ServiceRequest request = support(RequestType.PASSWORD_RECOVERY);
    request.triage(client, RequestType.PASSWORD_RECOVERY, T0, "staff");
    request.start(consultant, T0, "staff");
    for (IdentityChecks.Step step : IdentityChecks.Step.values()) {
      assertThrows(RequestRuleException.class, () -> request.complete(T0, "staff"));
      request.tick(step, true);
    }
    request.complete(T0, "staff");
    assertEquals(RequestStatus.DONE, request.getStatus());
    assertEquals(RequestType.BillingBasis.FIXED_FEE, request.getType().billingBasis());
  }

  @Test
  void aChangeOfLicenceOwnerNeedsLicenceNewOwnerAndLegalGround() {
    ServiceRequest request = support(RequestType.LICENCE_OWNER_CHANGE);
    request.triage(client, RequestType.LICENCE_OWNER_CHANGE, T0, "staff");
    request.start(consultant, T0, "staff");
    RequestRuleException refused =
        assertThrows(RequestRuleException.class, () -> request.complete(T0, "staff"));
    assertEquals("sd.rule.licenceChangeIncomplete", refused.messageKey());
    Client holding = new Client("Агро Холдинг АД", "121769056", T0);
    request.describeLicenceChange(7L, client, holding, "Вливане, вписано в ТР", "PDM-2026-11");
    request.complete(T0, "staff");
    assertEquals(RequestStatus.DONE, request.getStatus());
  }

  @Test
  void expressBecomesOrdinaryForAClientWithAContract() {
    ServiceRequest request = support(RequestType.EXPRESS);
    assertTrue(request.getExpressDueAt() != null, "the clock starts at receipt");
    client.setHasServiceContract(true);
    request.identify(client);
    assertEquals(RequestType.SUPPORT, request.getType());
    assertNull(request.expressClock());
    assertTrue(request.isExpressDeclinedForContract());
  }

  @Test
  void anExpressStartedInTimeIsMetAndLateIsBreached() {
    ServiceRequest onTime = support(RequestType.EXPRESS);
    onTime.triage(client, RequestType.EXPRESS, T0, "staff");
    onTime.start(consultant, T0.plus(Duration.ofHours(20)), "staff");
    assertEquals(
        ExpressClock.State.MET, onTime.expressClock().stateAt(T0.plus(Duration.ofDays(2))));
    assertTrue(onTime.isExpressPriceApplicable());

    ServiceRequest late = support(RequestType.EXPRESS);
    late.triage(client, RequestType.EXPRESS, T0, "staff");
    assertFalse(late.recordExpressBreachIfDue(T0.plus(Duration.ofHours(23))));
    assertTrue(late.recordExpressBreachIfDue(T0.plus(Duration.ofHours(25))));
    assertFalse(late.recordExpressBreachIfDue(T0.plus(Duration.ofHours(26))), "recorded once");
    late.start(consultant, T0.plus(Duration.ofHours(27)), "staff");
    assertFalse(late.isExpressPriceApplicable(), "no double price for a breached promise");
  }

  @Test
  void cancellingNeedsAReasonAndADisputeGoesBackToWork() {
    ServiceRequest request = support(RequestType.SUPPORT);
    assertThrows(RequestRuleException.class, () -> request.cancel(T0, "staff", " "));
    request.triage(client, RequestType.SUPPORT, T0, "staff");
    request.start(consultant, T0, "staff");
    request.complete(T0, "staff");
    request.protocolDisputed(T0, "clientadmin", "не е довършено");
    assertEquals(RequestStatus.DISPUTED, request.getStatus());
    assertEquals("не е довършено", request.getTransitions().get(4).getNote());
    request.reopen(T0, "staff");
    assertEquals(RequestStatus.IN_PROGRESS, request.getStatus());
  }

  @Test
  void aReferralRewardIsRecordedOnce() {
    ServiceRequest referral = support(RequestType.REFERRAL);
    Client prospect = new Client("Нов Клиент ООД", "121769056", T0);
    assertTrue(referral.recordReward(prospect, T0));
    assertFalse(referral.recordReward(prospect, T0));
    assertEquals(T0, referral.getRewardRecordedAt());
  }

  @Test
  void aReferralIsLinkedWhenItsCompanyRegistersAndRewardedOnceWhenItPays() {
    ServiceRequest referral = support(RequestType.REFERRAL);
    assertFalse(referral.earnReward(T0), "no client yet, no reward");
    assertEquals(ReferralState.RECEIVED, referral.referralState());
    Client prospect = new Client("Нов Клиент ООД", "121769056", T0);
    assertTrue(referral.linkProspect(prospect, T0));
    assertFalse(referral.linkProspect(prospect, T0.plusSeconds(60)), "linked once");
    assertEquals(ReferralState.CLIENT_REGISTERED, referral.referralState());
    assertNull(referral.getRewardRecordedAt());
    Instant paid = T0.plus(Duration.ofDays(20));
    assertTrue(referral.earnReward(paid));
    assertFalse(referral.earnReward(paid.plus(Duration.ofDays(30))), "rewarded once");
    assertEquals(paid, referral.getRewardRecordedAt());
    assertEquals(ReferralState.REWARD_EARNED, referral.referralState());
  }

  @Test
  void channelsOutsideTheCharterAreMarkedNotGuaranteed() {
    ServiceRequest byPhone = support(RequestType.SUPPORT);
    assertTrue(byPhone.isChannelGuaranteed());
    ServiceRequest bySocial =
        new ServiceRequest(
            RequestType.SUPPORT,
            Channel.SOCIAL_MEDIA,
            T0,
            new Consent("Иван", T0, Channel.SOCIAL_MEDIA),
            "Помощ",
            null,
            "staff");
    assertFalse(bySocial.isChannelGuaranteed());
    assertEquals("Иван", bySocial.getConsent().getGivenBy());
  }

  @Test
  void aRequestOfThePublicFormIsReceivedOnlyWhenConfirmed() {
    ServiceRequest request =
        new ServiceRequest(
            RequestType.EXPRESS,
            Channel.WEB_FORM,
            T0,
            new Consent("Мария Георгиева <maria@demetra-agro.bg>", T0, Channel.WEB_FORM),
            "Заплати",
            "Описание",
            "web-form");
    request.holdForConfirmation("a".repeat(64), T0.plus(Duration.ofDays(7)));
    assertTrue(request.isAwaitingConfirmation());
    assertEquals(
        EnumSet.of(RequestStatus.NEW, RequestStatus.CANCELLED), request.getStatus().next());
    assertEquals(
        List.of(RequestStatus.AWAITING_CONFIRMATION),
        request.getTransitions().stream().map(Transition::getTo).toList());
    assertThrows(
        RequestRuleException.class,
        () -> request.triage(client, RequestType.SUPPORT, T0, "staff"),
        "nobody's work before it is confirmed");

    Instant confirmed = T0.plus(Duration.ofDays(2));
    request.confirm(confirmed, "maria@demetra-agro.bg", Channel.WEB_FORM, null);
    assertEquals(RequestStatus.NEW, request.getStatus());
    assertEquals(confirmed, request.getReceivedAt(), "received when confirmed");
    assertEquals(confirmed, request.getConsent().getGivenAt());
    assertEquals(confirmed.plus(Duration.ofHours(24)), request.getExpressDueAt());
    assertEquals(confirmed, request.getConfirmedAt());
    RequestRuleException twice =
        assertThrows(
            RequestRuleException.class,
            () -> request.confirm(confirmed, "maria@demetra-agro.bg", Channel.WEB_FORM, null));
    assertEquals("sd.rule.notAwaitingConfirmation", twice.messageKey());
  }

  @Test
  void aConfirmationComesInTimeOrNotAtAll() {
    ServiceRequest request = support(RequestType.SUPPORT);
    request.holdForConfirmation("b".repeat(64), T0.plus(Duration.ofDays(7)));
    assertFalse(request.isConfirmationExpiredAt(T0.plus(Duration.ofDays(7))));
    Instant late = T0.plus(Duration.ofDays(7)).plusSeconds(1);
    assertTrue(request.isConfirmationExpiredAt(late));
    RequestRuleException refused =
        assertThrows(
            RequestRuleException.class,
            () -> request.confirm(late, "staff", Channel.PHONE, "обади се"));
    assertEquals("sd.rule.confirmationExpired", refused.messageKey());
    assertTrue(request.isAwaitingConfirmation());
  }

  @Test
  void whatPeopleTypedIsKeptAsPlainText() {
    ServiceRequest request =
        new ServiceRequest(
            RequestType.SUPPORT,
            Channel.WEB_FORM,
            T0,
            new Consent("Мария\u0000 Георгиева\u202E", T0, Channel.WEB_FORM),
            "Фактура\u0000 \u202Efdp.exe",
            "ред\u0007 едно\nред\u2066 две",
            "web-form");
    request.describeRequester("Мария\u0000 Георгиева", "m@x.bg\u202E", "+359\u0000 88", null);
    assertEquals("Фактура fdp.exe", request.getSubject());
    assertEquals("ред едно\nред две", request.getDescription());
    assertEquals("Мария Георгиева", request.getConsent().getGivenBy());
    assertEquals("Мария Георгиева", request.getRequesterName());
    assertEquals("m@x.bg", request.getRequesterEmail());
    assertEquals("+359 88", request.getRequesterPhone());
  }

  private static ServiceRequest support(RequestType type) {
    return new ServiceRequest(
        type,
        Channel.PHONE,
        T0,
        new Consent("Мария Георгиева", T0, Channel.PHONE),
        "Заплати не се изчисляват",
        "Описание",
        "staff");
  }
}
