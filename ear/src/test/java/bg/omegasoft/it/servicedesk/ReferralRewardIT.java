package bg.omegasoft.it.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.billing.boundary.Invoices;
import bg.omegasoft.billing.boundary.NightlyInvoicing;
import bg.omegasoft.billing.boundary.Payments;
import bg.omegasoft.billing.control.CreditorReference;
import bg.omegasoft.billing.entity.PaymentState;
import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.it.support.AsFinance;
import bg.omegasoft.it.support.AsOperator;
import bg.omegasoft.it.support.AsStaff;
import bg.omegasoft.it.support.BillingData;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.Http;
import bg.omegasoft.it.support.Smtp;
import bg.omegasoft.messaging.boundary.Outbox;
import bg.omegasoft.servicedesk.boundary.Recommendations;
import bg.omegasoft.servicedesk.boundary.ReferralForm;
import bg.omegasoft.servicedesk.boundary.ServiceRequests;
import bg.omegasoft.servicedesk.entity.Channel;
import bg.omegasoft.servicedesk.entity.ReferralState;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.entity.Uic;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Recommend us" from the public site: the referrer is thanked at once; the recommended company
 * registered as a client earns nothing yet; its first invoice fully paid earns the reward, once,
 * and the referrer is told; a second paid invoice changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralRewardIT {

  static final LocalDate DAY = LocalDate.of(2026, 11, 21);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(ReferralRewardIT.class, GreenMail.class);
  }

  @EJB AsStaff asStaff;
  @EJB AsOperator asOperator;
  @EJB AsFinance asFinance;
  @EJB Recommendations recommendations;
  @EJB ServiceRequests requests;
  @EJB Clients clients;
  @EJB NightlyInvoicing invoicing;
  @EJB Invoices invoices;
  @EJB Payments payments;
  @EJB Outbox outbox;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource db;

  @Test
  void theReferrerIsThankedAndRewardedOnceWhenTheCompanyPaysItsFirstInvoice() throws Exception {
    String referrer = "referrer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    String uic = unusedUic();
    GreenMail smtp = Smtp.start();
    try {
      ServiceRequest referral =
          recommendations.recommendPublic(publicForm(referrer, uic), "192.0.2." + octet());
      String number = referral.getNumber();
      assertEquals(Channel.WEB_FORM, referral.getChannel());
      assertNull(referral.getClient(), "the referrer is not a client");
      assertEquals(ReferralState.RECEIVED, referral.referralState());
      assertEquals("+359 88 765 4321", referral.getProspectPhone());

      MimeMessage thanks =
          Eventually.until(
              Duration.ofSeconds(40),
              () -> first(OfferFollowUpIT.to(smtp, referrer, number)),
              m -> m != null);
      assertTrue(
          MailIntakeIT.subjectOf(thanks).contains("Thank you for your recommendation"),
          MailIntakeIT.subjectOf(thanks));
      assertTrue(MailIntakeIT.bodyOf(thanks).contains("What happens next"));

      Client prospect = register(uic);
      ServiceRequest linked = asStaff.call(() -> requests.find(referral.getId()));
      assertEquals(ReferralState.CLIENT_REGISTERED, linked.referralState());
      assertEquals(prospect.getId(), linked.getProspectClient().getId());
      assertNull(linked.getRewardRecordedAt(), "no reward for registering");

      BillingData billing = new BillingData(db);
      billing.remoteWork(prospect.getId(), DAY, 60);
      String first =
          asOperator
              .call(() -> invoicing.issue(invoicing.propose(prospect.getId(), DAY)))
              .orElseThrow();
      BigDecimal total = asFinance.call(() -> invoices.summary(first)).total();
      pay(first, new BigDecimal("1.00"));
      assertEquals(PaymentState.PARTLY_PAID, asFinance.call(() -> invoices.summary(first)).state());
      assertNull(
          asStaff.call(() -> requests.find(referral.getId())).getRewardRecordedAt(),
          "a partly paid invoice earns nothing");

      pay(first, total.subtract(new BigDecimal("1.00")));
      assertEquals(PaymentState.PAID, asFinance.call(() -> invoices.summary(first)).state());
      ServiceRequest rewarded = asStaff.call(() -> requests.find(referral.getId()));
      assertEquals(ReferralState.REWARD_EARNED, rewarded.referralState());
      Instant rewardedAt = rewarded.getRewardRecordedAt();
      assertNotNull(rewardedAt);
      MimeMessage reward =
          Eventually.until(
              Duration.ofSeconds(40),
              () ->
                  first(
                      OfferFollowUpIT.to(smtp, referrer, number).stream()
                          .filter(m -> MailIntakeIT.subjectOf(m).contains("referral reward"))
                          .toList()),
              m -> m != null);
      assertTrue(MailIntakeIT.bodyOf(reward).contains("paid its first invoice"));

      billing.remoteWork(prospect.getId(), DAY.plusDays(1), 30);
      String second =
          asOperator
              .call(() -> invoicing.issue(invoicing.propose(prospect.getId(), DAY.plusDays(1))))
              .orElseThrow();
      pay(second, asFinance.call(() -> invoices.summary(second)).total());
      assertEquals(PaymentState.PAID, asFinance.call(() -> invoices.summary(second)).state());
      assertEquals(
          rewardedAt,
          asStaff.call(() -> requests.find(referral.getId())).getRewardRecordedAt(),
          "rewarded once");
      assertEquals(
          2,
          outbox.about("service-request:" + referral.getId()).size(),
          "to the referrer: the thanks and the reward, nothing more");
    } finally {
      smtp.stop();
    }
  }

  @Test
  void thePublicFormNeedsAContactReachableAndConsent() {
    ReferralForm noReach = publicForm("x@example.com", null);
    noReach.setProspectEmail(null);
    noReach.setProspectPhone(null);
    assertEquals(
        "referrals.form.reachRequired",
        org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class,
                () -> recommendations.recommendPublic(noReach, "192.0.2." + octet()))
            .messageKey());
    ReferralForm noConsent = publicForm("x@example.com", null);
    noConsent.setConsent(false);
    assertEquals(
        "sd.form.consentRequired",
        org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class,
                () -> recommendations.recommendPublic(noConsent, "192.0.2." + octet()))
            .messageKey());
  }

  @Test
  void thePublicPageAsksForBothSidesWithConsentAndThePrivacyNotice() {
    HttpResponse<String> page = Http.get("/public/recommend.xhtml", "Accept-Language", "en");
    assertEquals(200, page.statusCode());
    String html = page.body();
    for (String field :
        new String[] {
          "form:referrerName",
          "form:referrerCompany",
          "form:referrerEmail",
          "form:referrerPhone",
          "form:prospectCompany",
          "form:prospectUic",
          "form:prospectName",
          "form:prospectEmail",
          "form:prospectPhone",
          "form:consent",
          "form:website",
          "/public/privacy.xhtml"
        }) {
      assertTrue(html.contains(field), field);
    }
    assertTrue(
        Http.get("/public/offer.xhtml").body().contains("/public/recommend.xhtml"),
        "linked from the other public pages");
  }

  private void pay(String invoiceNumber, BigDecimal amount) {
    asFinance.call(
        () ->
            payments.record(
                LocalDate.now(),
                amount,
                "Препоръчана фирма",
                null,
                CreditorReference.of(invoiceNumber)));
  }

  private Client register(String uic) {
    return asStaff.call(
        () -> {
          Client client = Client.blank();
          client.setName("Препоръчана " + uic + " ООД");
          client.setUic(uic);
          client.setVatNumber("BG" + uic);
          client.setStreet("ул. Тестова 1");
          client.setCity("София");
          client.setPostcode("1000");
          return clients.save(client);
        });
  }

  private static ReferralForm publicForm(String referrerEmail, String uic) {
    ReferralForm form = new ReferralForm();
    form.setReferrerName("Петър Иванов");
    form.setReferrerCompany("Препоръчваща ЕООД");
    form.setReferrerEmail(referrerEmail);
    form.setProspectCompany("Препоръчана " + uic + " ООД");
    form.setProspectUic(uic);
    form.setProspectName("Гергана Димова");
    form.setProspectEmail("office@preporachana.example");
    form.setProspectPhone("+359 88 765 4321");
    form.setConsent(true);
    form.setLanguage("en");
    return form;
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

  private static int octet() {
    return ThreadLocalRandom.current().nextInt(1, 255);
  }

  private static MimeMessage first(java.util.List<MimeMessage> found) {
    return found.isEmpty() ? null : found.get(0);
  }
}
