package bg.omegasoft.it.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.AsStaff;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Http;
import bg.omegasoft.it.support.Smtp;
import bg.omegasoft.it.support.WebSession;
import bg.omegasoft.messaging.boundary.Outbox;
import bg.omegasoft.organisation.boundary.BusinessCalendar;
import bg.omegasoft.servicedesk.boundary.Offers;
import bg.omegasoft.servicedesk.boundary.ServiceRequests;
import bg.omegasoft.servicedesk.control.OfferFollowUps;
import bg.omegasoft.servicedesk.entity.OfferFollowUp;
import bg.omegasoft.servicedesk.entity.RequestRuleException;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An offer request from the public site is answered: the sender gets an acknowledgement in the
 * form's language at once, the sales mailbox one mail, and a first-contact clock runs (working
 * hours) until staff record the contact; past its due time it is overdue.
 */
@ExtendWith(ArquillianExtension.class)
class OfferFollowUpIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(OfferFollowUpIT.class, GreenMail.class);
  }

  @EJB AsStaff asStaff;
  @EJB Offers offers;
  @EJB Outbox outbox;
  @EJB BusinessCalendar businessCalendar;
  @EJB ServiceRequests requests;

  @Test
  void anOfferIsAcknowledgedAlertsSalesOnceAndItsClockStopsAtTheFirstContact() throws Exception {
    String sender = "offer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    GreenMail smtp = Smtp.start();
    try {
      HttpResponse<String> response =
          PublicRequestConfirmationIT.post(
              "/api/v1/offer-requests", offer(sender, "Омекс ТРЗ за 40 души", "en"), "en");
      assertEquals(201, response.statusCode(), response.body());
      String number = Http.json(response).getString("number");

      MimeMessage ack =
          Eventually.until(
              Duration.ofSeconds(40), () -> firstTo(smtp, sender, number), m -> m != null);
      String ackText = MailIntakeIT.bodyOf(ack);
      assertTrue(
          MailIntakeIT.subjectOf(ack).contains("We received your request for an offer"),
          "in the form's language: " + MailIntakeIT.subjectOf(ack));
      assertTrue(ackText.contains("What happens next"), ackText);
      assertTrue(ackText.contains("working hours"), "the first-contact promise: " + ackText);

      String sales = outbox.sender();
      MimeMessage alert =
          Eventually.until(
              Duration.ofSeconds(40), () -> firstTo(smtp, sales, number), m -> m != null);
      assertTrue(MailIntakeIT.bodyOf(alert).contains(sender), MailIntakeIT.bodyOf(alert));
      assertTrue(MailIntakeIT.subjectOf(alert).contains("Запитване за оферта " + number));

      OfferFollowUp waiting = followUpOf(number);
      Instant received = waiting.getRequest().getReceivedAt();
      Instant due =
          businessCalendar.plusBusinessTime(
              received, Duration.ofHours(OfferFollowUps.firstContactHours()));
      assertEquals(due, waiting.getContactDueAt(), "due after working hours from receipt");
      assertEquals("en", waiting.getLanguage());
      assertEquals(OfferFollowUp.State.WAITING, waiting.state(due));
      assertEquals(OfferFollowUp.State.OVERDUE, waiting.state(due.plusSeconds(1)));
      assertEquals(
          OfferFollowUp.State.WAITING,
          asStaff.call(() -> offers.list()).stream()
              .filter(f -> f.getRequest().getNumber().equals(number))
              .findFirst()
              .orElseThrow()
              .state(received),
          "listed for staff");

      Instant contact = Instant.now();
      OfferFollowUp contacted =
          asStaff.call(
              () ->
                  offers.recordContact(
                      waiting.getId(),
                      waiting.getVersion(),
                      contact,
                      OfferFollowUp.Way.PHONE,
                      "Иван Петров",
                      "иска демонстрация"));
      assertEquals(
          OfferFollowUp.State.CONTACTED,
          contacted.state(due.plus(Duration.ofDays(30))),
          "the clock stopped");
      OfferFollowUp reread = followUpOf(number);
      assertNotNull(reread.getContactedAt());
      assertEquals(OfferFollowUp.Way.PHONE, reread.getContactWay());
      assertEquals("Иван Петров", reread.getContactedBy());
      assertEquals("staff", reread.getRecordedBy());
      assertEquals(
          "offers.rule.alreadyContacted",
          assertThrows(
                  RequestRuleException.class,
                  () ->
                      asStaff.call(
                          () ->
                              offers.recordContact(
                                  reread.getId(),
                                  reread.getVersion(),
                                  contact,
                                  OfferFollowUp.Way.EMAIL,
                                  "Друг",
                                  null)))
              .messageKey());

      OfferFollowUp converted =
          asStaff.call(
              () ->
                  offers.close(
                      reread.getId(), reread.getVersion(), OfferFollowUp.Outcome.CONVERTED));
      assertEquals(OfferFollowUp.State.CONVERTED, converted.state(Instant.now()));

      assertEquals(1, to(smtp, sales, number).size(), "one mail to sales");
      assertEquals(1, to(smtp, sender, number).size(), "one acknowledgement");
    } finally {
      smtp.stop();
    }
  }

  @Test
  void anOfferNobodyContactedIsOverdueAndListedBeforeTheContactedOnes() throws Exception {
    GreenMail smtp = Smtp.start();
    try {
      String sender = "late-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
      HttpResponse<String> response =
          PublicRequestConfirmationIT.post(
              "/api/v1/offer-requests", offer(sender, "Омекс Склад", "bg"), "bg");
      assertEquals(201, response.statusCode(), response.body());
      String number = Http.json(response).getString("number");
      MimeMessage ack =
          Eventually.until(
              Duration.ofSeconds(40), () -> firstTo(smtp, sender, number), m -> m != null);
      assertTrue(MailIntakeIT.subjectOf(ack).contains("Получихме Вашето запитване за оферта"));

      OfferFollowUp late = followUpOf(number);
      Instant pastDue = late.getContactDueAt().plusSeconds(1);
      assertEquals(OfferFollowUp.State.OVERDUE, late.state(pastDue));
      assertTrue(late.isLate(pastDue));

      List<OfferFollowUp> listed = asStaff.call(() -> offers.list());
      // other tests' offers may wait longer: the page opens on the longest waiting one
      String page = WebSession.signedIn("staff").get("/servicedesk/offers.xhtml").text();
      assertTrue(page.contains(listed.get(0).getRequest().getNumber()), "on the staff's page");
      assertTrue(page.contains("Чака контакт"), "with its clock state");

      int lateAt = indexOf(listed, number);
      for (int i = 0; i < listed.size(); i++) {
        if (listed.get(i).getContactedAt() != null || listed.get(i).getOutcome() != null) {
          assertTrue(lateAt < i, "waiting ones first");
        }
      }
    } finally {
      smtp.stop();
    }
  }

  private OfferFollowUp followUpOf(String number) {
    long id = asStaff.call(() -> requests.byNumber(number)).getId();
    return asStaff.call(() -> offers.find(id));
  }

  private static int indexOf(List<OfferFollowUp> listed, String number) {
    for (int i = 0; i < listed.size(); i++) {
      if (listed.get(i).getRequest().getNumber().equals(number)) {
        return i;
      }
    }
    throw new AssertionError(number + " not listed");
  }

  private static JsonObject offer(String email, String topic, String language) {
    return Json.createObjectBuilder()
        .add("name", "Стоян Гешев")
        .add("company", "Родопа Мляко ООД")
        .add("email", email)
        .add("phone", "+359 88 123 4567")
        .add("topic", topic)
        .add("message", "Искаме оферта.")
        .add("language", language)
        .build();
  }

  private static MimeMessage firstTo(GreenMail smtp, String address, String number) {
    List<MimeMessage> found = to(smtp, address, number);
    return found.isEmpty() ? null : found.get(0);
  }

  static List<MimeMessage> to(GreenMail smtp, String address, String inSubject) {
    return Smtp.received(smtp, inSubject).stream()
        .filter(m -> recipients(m).contains(address))
        .toList();
  }

  private static String recipients(MimeMessage message) {
    try {
      return Arrays.toString(message.getAllRecipients());
    } catch (Exception e) {
      return "";
    }
  }
}
