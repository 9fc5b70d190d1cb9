package bg.omegasoft.it.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.boundary.UicTakenException;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.clients.entity.Licence;
import bg.omegasoft.it.support.AsClientAdmin;
import bg.omegasoft.it.support.AsStaff;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.servicedesk.boundary.ClientPortal;
import bg.omegasoft.servicedesk.boundary.Intake;
import bg.omegasoft.servicedesk.boundary.PhoneConsultations;
import bg.omegasoft.servicedesk.boundary.PhoneStatistics;
import bg.omegasoft.servicedesk.boundary.Protocols;
import bg.omegasoft.servicedesk.boundary.Recommendations;
import bg.omegasoft.servicedesk.boundary.ReferralForm;
import bg.omegasoft.servicedesk.boundary.ServiceRequests;
import bg.omegasoft.servicedesk.boundary.StaffIntakeForm;
import bg.omegasoft.servicedesk.boundary.WorkLists;
import bg.omegasoft.servicedesk.control.ExpressWatch;
import bg.omegasoft.servicedesk.entity.Channel;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.ExpressClock;
import bg.omegasoft.servicedesk.entity.IdentityChecks;
import bg.omegasoft.servicedesk.entity.PhoneCall;
import bg.omegasoft.servicedesk.entity.RequestRuleException;
import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.entity.Uic;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.fontbox.FontBoxFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The defined procedures and the two-sided protocol, through the boundaries with real roles:
 * forgotten password, change of licence owner with history, a referral linked to the client it
 * became, express for clients with a contract, the client's acceptance that makes work billable,
 * and the client register.
 */
@ExtendWith(ArquillianExtension.class)
class ProceduresIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(
        ProceduresIT.class, PDDocument.class, RandomAccessRead.class, FontBoxFont.class, Log.class);
  }

  @EJB DeskFixtures fixtures;
  @EJB AsStaff asStaff;
  @EJB AsClientAdmin asClientAdmin;
  @EJB ServiceRequests requests;
  @EJB Protocols protocols;
  @EJB WorkLists workLists;
  @EJB ClientPortal portal;
  @EJB Intake intake;
  @EJB Recommendations recommendations;
  @EJB Clients clients;
  @EJB PhoneConsultations phone;
  @EJB ExpressWatch expressWatch;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource database;

  @Test
  void aForgottenPasswordNeedsEveryCheckAndAcceptedWorkBecomesBillable() throws IOException {
    ServiceRequest request = fixtures.triagedRequest(RequestType.PASSWORD_RECOVERY);
    ServiceRequest started =
        asStaff.call(() -> requests.start(request.getId(), request.getVersion()));
    RequestRuleException refused =
        assertThrows(
            RequestRuleException.class,
            () ->
                asStaff.call(
                    () ->
                        protocols.writeProtocol(
                            started.getId(),
                            started.getVersion(),
                            "Нулирана парола",
                            20,
                            "Достъпът е възстановен")));
    assertEquals("sd.rule.checksMissing", refused.messageKey());
    ServiceRequest ticked = started;
    for (IdentityChecks.Step step : IdentityChecks.Step.values()) {
      ServiceRequest current = ticked;
      ticked = asStaff.call(() -> requests.tick(current.getId(), current.getVersion(), step, true));
    }
    ServiceRequest ready = ticked;
    ServiceRequest done =
        asStaff.call(
            () ->
                protocols.writeProtocol(
                    ready.getId(),
                    ready.getVersion(),
                    "Нулирана парола на администратора по процедурата",
                    20,
                    "Достъпът е възстановен"));
    assertEquals(RequestStatus.DONE, done.getStatus());
    assertEquals(false, done.isBillable(), "not billable before the client accepts");

    ServiceRequest accepted =
        asClientAdmin.call(() -> portal.accept(done.getNumber(), done.getVersion(), 4, "Бързо"));
    assertEquals(RequestStatus.PROTOCOL_ACCEPTED, accepted.getStatus());
    assertTrue(accepted.isBillable());
    assertEquals(RequestType.BillingBasis.FIXED_FEE, accepted.getType().billingBasis());
    var protocol = asStaff.call(() -> protocols.protocol(done.getId())).orElseThrow();
    assertEquals("clientadmin", protocol.getClientSigner());
    assertEquals("staff", protocol.getConsultant());
    assertEquals(4, protocol.getRating());
    assertNotNull(protocol.getClientDecidedAt());
    byte[] pdf = asClientAdmin.call(() -> portal.protocolPdf(done.getNumber()));
    assertEquals("%PDF", new String(Arrays.copyOf(pdf, 4), StandardCharsets.US_ASCII));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Стефан Димитров, "), "the consultant by name: " + text);
      assertTrue(text.contains("Мария Георгиева, "), "the client's signer by name: " + text);
      assertFalse(text.contains("staff"), "no user names: " + text);
      assertFalse(text.contains("clientadmin"), "no user names: " + text);
    }
    assertTrue(
        accepted.getTransitions().stream()
            .anyMatch(
                t ->
                    t.getTo() == RequestStatus.PROTOCOL_ACCEPTED
                        && t.getActor().equals("clientadmin")));
  }

  @Test
  void aDisputeNeedsAReasonAndSendsTheWorkBack() {
    ServiceRequest done = doneSupport();
    RequestRuleException noReason =
        assertThrows(
            RequestRuleException.class,
            () ->
                asClientAdmin.call(() -> portal.dispute(done.getNumber(), done.getVersion(), " ")));
    assertEquals("sd.rule.disputeReason", noReason.messageKey());
    ServiceRequest disputed =
        asClientAdmin.call(
            () -> portal.dispute(done.getNumber(), done.getVersion(), "Не е довършено"));
    assertEquals(RequestStatus.DISPUTED, disputed.getStatus());
    assertEquals(false, disputed.isBillable());
    ServiceRequest back =
        asStaff.call(() -> requests.reopen(disputed.getId(), disputed.getVersion()));
    assertEquals(RequestStatus.IN_PROGRESS, back.getStatus());
  }

  @Test
  void aClientAdministratorSeesNothingOfAnotherCompany() {
    Client other = newClient(false);
    ServiceRequest foreign =
        asStaff.call(
            () ->
                intake.record(
                    new StaffIntakeForm(
                        Channel.PHONE,
                        RequestType.SUPPORT,
                        other.getId(),
                        "Някой",
                        null,
                        null,
                        "Чужда",
                        "Чужда заявка",
                        DeliveryMode.REMOTE,
                        true)));
    assertThrows(
        NotFoundException.class,
        () -> asClientAdmin.call(() -> portal.myRequest(foreign.getNumber())));
    assertThrows(
        NotFoundException.class,
        () -> asClientAdmin.call(() -> requests.visibleByNumber(foreign.getNumber())));
    assertTrue(
        asClientAdmin.call(() -> portal.myRequests()).stream()
            .allMatch(r -> r.getClient().getUic().equals(DeskFixtures.DEMETRA)));
  }

  @Test
  void aChangeOfLicenceOwnerMovesTheLicenceAndKeepsItsHistory() {
    Client holding = newClient(false);
    String number = "OMX-IT-" + UUID.randomUUID().toString().substring(0, 8);
    Licence licence =
        asStaff.call(
            () ->
                clients.addLicence(
                    clients.byUic(DeskFixtures.DEMETRA).orElseThrow().getId(),
                    "Омекс ТРЗ и ЛС",
                    number,
                    4));
    ServiceRequest request = fixtures.triagedRequest(RequestType.LICENCE_OWNER_CHANGE);
    ServiceRequest started =
        asStaff.call(() -> requests.start(request.getId(), request.getVersion()));
    ServiceRequest described =
        asStaff.call(
            () ->
                requests.describeLicenceChange(
                    started.getId(),
                    started.getVersion(),
                    licence.getId(),
                    holding.getId(),
                    "Вливане по чл. 262 ТЗ",
                    "PDM-2026-77"));
    assertEquals(DeskFixtures.DEMETRA, described.getFromClient().getUic());
    ServiceRequest done =
        asStaff.call(
            () ->
                protocols.writeProtocol(
                    described.getId(),
                    described.getVersion(),
                    "Прехвърлен лиценз",
                    15,
                    "Лицензът е на новия собственик"));
    assertEquals(RequestStatus.DONE, done.getStatus());
    Licence moved = asStaff.call(() -> clients.licence(licence.getId()));
    assertEquals(holding.getId(), moved.getOwner().getId());
    assertEquals(2, moved.getHistory().size());
    assertEquals(DeskFixtures.DEMETRA, moved.getHistory().get(0).getOwner().getUic());
    assertNotNull(moved.getHistory().get(0).getOwnedUntil());
    assertEquals(done.getNumber(), moved.getHistory().get(1).getReference());
    assertEquals("Вливане по чл. 262 ТЗ", moved.getHistory().get(1).getLegalGround());
  }

  @Test
  void whenTheRecommendedCompanyBecomesAClientTheReferralIsLinkedToIt() {
    String uic = unusedUic();
    ServiceRequest referral =
        asClientAdmin.call(
            () ->
                recommendations.recommendFromPortal(
                    new ReferralForm(
                        "Стоян Гешев", "Препоръчана ООД", uic, "office@preporachana.bg", null)));
    assertEquals(RequestType.REFERRAL, referral.getType());
    assertEquals(null, referral.getRewardRecordedAt());
    asStaff.call(
        () -> {
          Client prospect = Client.blank();
          prospect.setName("Препоръчана ООД");
          prospect.setUic(uic);
          return clients.save(prospect);
        });
    ServiceRequest linked = asStaff.call(() -> requests.find(referral.getId()));
    assertNull(linked.getRewardRecordedAt(), "the reward waits for the first paid invoice");
    assertNotNull(linked.getProspectRegisteredAt());
    assertEquals(uic, linked.getProspectClient().getUic());
    assertEquals(DeskFixtures.DEMETRA, linked.getClient().getUic(), "the referrer");
  }

  @Test
  void expressIsForClientsWithoutAContract() {
    Client withContract = newClient(true);
    ServiceRequest request =
        asStaff.call(
            () ->
                intake.record(
                    new StaffIntakeForm(
                        Channel.PHONE,
                        RequestType.EXPRESS,
                        withContract.getId(),
                        "Управител",
                        null,
                        null,
                        "Спешно",
                        "Спешно е",
                        DeliveryMode.REMOTE,
                        true)));
    assertEquals(RequestType.SUPPORT, request.getType());
    assertTrue(request.isExpressDeclinedForContract());
    assertEquals(null, request.getExpressDueAt());
    ServiceRequest express = fixtures.triagedRequest(RequestType.EXPRESS);
    assertNotNull(express.getExpressDueAt());
    assertTrue(
        asStaff.call(() -> workLists.runningExpress()).stream()
            .anyMatch(r -> r.getId().equals(express.getId())));
  }

  @Test
  void theClientRegisterChecksTheUicAndKeepsItUnique() {
    Exception invalid =
        assertThrows(
            Exception.class,
            () ->
                asStaff.call(
                    () -> {
                      Client bad = Client.blank();
                      bad.setName("Грешен ЕИК ООД");
                      bad.setUic("201234560");
                      return clients.save(bad);
                    }));
    assertTrue(
        invalid instanceof EJBException
            || invalid.getCause() != null
            || invalid.getMessage() != null);
    assertThrows(
        UicTakenException.class,
        () ->
            asStaff.call(
                () -> {
                  Client twin = Client.blank();
                  twin.setName("Двойник");
                  twin.setUic(DeskFixtures.DEMETRA);
                  return clients.save(twin);
                }));
    Client created = newClient(false);
    Client withContact =
        asStaff.call(
            () ->
                clients.addContact(
                    created.getId(), "Иван Иванов", "Управител", "Ivan@Example.bg", "+359 2 1"));
    assertEquals("ivan@example.bg", withContact.getContacts().get(0).getEmail());
    assertEquals(created.getId(), clients.bySenderAddress("IVAN@example.bg").orElseThrow().getId());
  }

  @Test
  void aPhoneCallThatCannotBeSolvedBecomesAPaidRequestLinkedToIt() {
    long demetra = asStaff.call(() -> clients.byUic(DeskFixtures.DEMETRA).orElseThrow().getId());
    PhoneCall call =
        asStaff.call(
            () -> phone.start(demetra, "Мария Георгиева", "+359 888 100 200", "0700 45654"));
    assertEquals("0700 45654", call.getLine());
    assertThrows(
        RequestRuleException.class,
        () -> asStaff.call(() -> phone.start(demetra, "Мария Георгиева", null, "0800 11 111")),
        "only the organisation's published lines take calls");
    PhoneCall noted =
        asStaff.call(
            () ->
                phone.note(
                    call.getId(),
                    call.getVersion(),
                    new PhoneConsultations.CallNotes(
                        "Болничен лист", "Не се изчислява", true, false, true),
                    false));
    assertTrue(noted.isLookedInDocs() && noted.isLookedInForum() && !noted.isSelfHelpSkipped());
    ServiceRequest paid =
        asStaff.call(
            () ->
                phone.escalate(
                    noted.getId(),
                    noted.getVersion(),
                    new PhoneConsultations.CallNotes(
                        "Болничен лист", "Нужен е достъп до данните", true, false, true),
                    DeliveryMode.REMOTE,
                    null));
    assertEquals(RequestType.SUPPORT, paid.getType());
    assertEquals(Channel.PHONE, paid.getChannel());
    assertEquals(call.getId(), paid.getPhoneCallId());
    assertEquals("Мария Георгиева", paid.getConsent().getGivenBy());
    PhoneCall ended = asStaff.call(() -> phone.find(call.getId()));
    assertEquals(paid.getId(), ended.getEscalatedRequestId());
    assertNotNull(ended.getEndedAt());
    PhoneStatistics statistics = asStaff.call(() -> phone.statistics(30));
    assertTrue(statistics.calls() >= 1 && statistics.escalated() >= 1, statistics.toString());
    assertTrue(statistics.shareOverNorm() >= 0 && statistics.shareOverNorm() <= 1);
    assertTrue(
        statistics.callsPerLine().getOrDefault("0700 45654", 0L) >= 1, statistics.toString());
  }

  @Test
  void anExpressClockPastItsDeadlineIsRecordedAsBreachedOnce() throws Exception {
    ServiceRequest express = fixtures.triagedRequest(RequestType.EXPRESS);
    try (Connection db = database.getConnection();
        PreparedStatement late =
            db.prepareStatement(
                "update service_request set received_at = received_at - interval 25 hour,"
                    + " express_due_at = express_due_at - interval 25 hour where id = ?")) {
      late.setLong(1, express.getId());
      late.executeUpdate();
    }
    expressWatch.recordBreaches();
    ServiceRequest breached = asStaff.call(() -> requests.find(express.getId()));
    assertNotNull(breached.getExpressBreachedAt());
    assertEquals(ExpressClock.State.BREACHED, asStaff.call(() -> workLists.expressState(breached)));
    expressWatch.recordBreaches();
    assertEquals(
        breached.getExpressBreachedAt(),
        asStaff.call(() -> requests.find(express.getId())).getExpressBreachedAt(),
        "recorded once");
    ServiceRequest started =
        asStaff.call(() -> requests.start(breached.getId(), breached.getVersion()));
    assertEquals(
        false, started.isExpressPriceApplicable(), "no double price for a breached promise");
  }

  private ServiceRequest doneSupport() {
    ServiceRequest request = fixtures.triagedRequest(RequestType.SUPPORT);
    ServiceRequest started =
        asStaff.call(() -> requests.start(request.getId(), request.getVersion()));
    return asStaff.call(
        () ->
            protocols.writeProtocol(
                started.getId(), started.getVersion(), "Настройка", null, "Готово"));
  }

  private Client newClient(boolean contract) {
    String uic = unusedUic();
    return asStaff.call(
        () -> {
          Client client = Client.blank();
          client.setName("Тест " + uic + " ООД");
          client.setUic(uic);
          client.setCity("София");
          Client saved = clients.save(client);
          // the contracts capability owns the mark; set directly here as it would
          clients.markServiceContract(saved.getId(), contract);
          return clients.find(saved.getId());
        });
  }

  private String unusedUic() {
    while (true) {
      String uic =
          String.format("%09d", ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
      if (Uic.Validator.isValidUic(uic) && asStaff.call(() -> clients.byUic(uic)).isEmpty()) {
        return uic;
      }
    }
  }
}
