package bg.omegasoft.servicedesk.control;

import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.messaging.boundary.Letter;
import bg.omegasoft.messaging.boundary.Outbox;
import bg.omegasoft.servicedesk.boundary.ReferralForm;
import bg.omegasoft.servicedesk.entity.Channel;
import bg.omegasoft.servicedesk.entity.Consent;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.boundary.Notice;
import bg.omegasoft.shared.entity.Uic;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * "Recommend us", from the portal, from staff and from the public site alike: the prospect needs a
 * company (and a valid UIC if one is given); the referral is kept as a request of type REFERRAL,
 * staff hear of it (a notice to STAFF) and the referrer is thanked by e-mail and told what happens
 * next. The referrer's mails are in the language of the form (the portal user's own).
 */
@Stateless
@PermitAll
public class Referrals {

  public static final String PAGE = "/servicedesk/offers.xhtml";
  private static final String SIGNATURE = "servicedesk.signature";

  @EJB private Outbox outbox;
  @Inject private Event<Notice> notices;

  /** Who recommends: a client (or none, from the public site), the person and how to reach them. */
  public record Referrer(
      Client client, String name, String company, String email, String phone, String language) {}

  /** The referral, checked, ready to be stored ({@code Store.register}) by the caller. */
  public ServiceRequest referral(
      Referrer referrer, ReferralForm form, Channel channel, Instant now, String actor) {
    if (form.getProspectCompany() == null || form.getProspectCompany().isBlank()) {
      throw new InvalidInputException("prospectCompany", "sd.form.prospectRequired");
    }
    String uic = form.getProspectUic() == null ? null : form.getProspectUic().strip();
    if (uic != null && !uic.isEmpty() && !Uic.Validator.isValidUic(uic)) {
      throw new InvalidInputException("prospectUic", "uic.invalid");
    }
    ServiceRequest request =
        new ServiceRequest(
            RequestType.REFERRAL,
            channel,
            now,
            new Consent(referrer.name(), now, channel),
            form.getProspectCompany(),
            form.getNote() == null ? "" : form.getNote().strip(),
            actor);
    request.describeRequester(
        referrer.name(), referrer.email(), referrer.phone(), referrer.company());
    request.describeReferral(
        form.getProspectName(),
        form.getProspectCompany(),
        uic,
        form.getProspectEmail(),
        form.getProspectPhone(),
        referrer.language());
    request.identify(referrer.client());
    return request;
  }

  /** A stored referral: staff hear of it, the referrer is thanked. */
  public void received(ServiceRequest referral) {
    notices.fire(
        new Notice(
            Notice.Kind.REFERRAL,
            Notice.Audience.role(Roles.STAFF),
            "referrals.notice.received",
            List.of(
                referral.getNumber(),
                referral.getRequesterName() == null ? "—" : referral.getRequesterName(),
                referral.getProspectCompany()),
            PAGE,
            "referral:" + referral.getNumber()));
    tell(referral, "referrals.thanks", "received");
  }

  /** The reward was earned: the referrer is told. */
  public void rewarded(ServiceRequest referral) {
    tell(referral, "referrals.reward", "reward");
  }

  private void tell(ServiceRequest referral, String template, String event) {
    String to = referral.getRequesterEmail();
    if (to == null || to.isBlank()) {
      return;
    }
    String language = referral.getReferrerLanguage();
    outbox.queue(
        Letter.to(to)
            .in(Locale.forLanguageTag(language == null ? "bg" : language))
            .subjectPrefix("[" + referral.getNumber() + "] ")
            .template(
                template,
                referral.getRequesterName() == null ? "" : referral.getRequesterName(),
                referral.getProspectCompany(),
                referral.getNumber())
            .signedWith(SIGNATURE)
            .once(Notices.topic(referral) + ":referral-" + event)
            .about(Notices.topic(referral)));
  }
}
