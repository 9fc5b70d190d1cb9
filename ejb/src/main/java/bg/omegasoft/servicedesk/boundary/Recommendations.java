package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.servicedesk.control.Consultants;
import bg.omegasoft.servicedesk.control.PublicForms;
import bg.omegasoft.servicedesk.control.Referrals;
import bg.omegasoft.servicedesk.entity.Channel;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * "Recommend us" on every channel: a client administrator in the portal, staff for a client who
 * recommended by phone, anyone on the public site (rate-limited, with a trap for robots, with
 * consent). Each is a request of type REFERRAL; the rules are {@link Referrals}'. Staff list them
 * with their state (received, client registered, reward earned).
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class Recommendations {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private Intake intake;
  @EJB private Clients clients;
  @EJB private Consultants people;
  @EJB private PublicForms forms;
  @EJB private Referrals referrals;
  @EJB private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  /** A client administrator recommends a prospect. */
  @RolesAllowed(Roles.CLIENT_ADMIN)
  public ServiceRequest recommendFromPortal(ReferralForm form) {
    User me = people.byUsername(caller());
    Client client =
        clients
            .mine()
            .orElseThrow(() -> new InvalidInputException("client", "sd.portal.noCompany"));
    return store(
        new Referrals.Referrer(
            client, me.getFullName(), client.getName(), me.getEmail(), null, me.getLocale()),
        form,
        Channel.PORTAL,
        caller());
  }

  /** Staff record a referral a client made by phone or in person. */
  public ServiceRequest recordReferral(long referrerId, ReferralForm form, Channel channel) {
    Client referrer = clients.find(referrerId);
    return store(
        new Referrals.Referrer(
            referrer, referrer.getName(), referrer.getName(), referrer.getEmail(), null, "bg"),
        form,
        channel == null ? Channel.PHONE : channel,
        caller());
  }

  /** "Recommend us" from the public site, from the given client address. */
  @PermitAll
  public ServiceRequest recommendPublic(ReferralForm form, String address) {
    return recommendPublic(form, intake.admit(address));
  }

  /**
   * "Recommend us" from the public site, already counted by {@link Intake#admit}: the referrer
   * (name, company, e-mail, optional phone) recommends a company and its contact person, reachable
   * by e-mail or phone, with consent. Nobody confirms it: it asks nothing of the referrer's
   * company.
   */
  @PermitAll
  public ServiceRequest recommendPublic(ReferralForm submitted, FormAdmission admission) {
    forms.trap(submitted == null ? null : submitted.getWebsite(), admission.address);
    ReferralForm form = submitted == null ? null : submitted.cleaned();
    forms.validate(form);
    if (isBlank(form.getProspectName())) {
      throw new InvalidInputException("prospectName", "referrals.form.contactRequired");
    }
    if (isBlank(form.getProspectEmail()) && isBlank(form.getProspectPhone())) {
      throw new InvalidInputException("prospectEmail", "referrals.form.reachRequired");
    }
    if (!Boolean.TRUE.equals(form.getConsent())) {
      throw new InvalidInputException("consent", "sd.form.consentRequired");
    }
    String email = form.getReferrerEmail().strip().toLowerCase();
    return store(
        new Referrals.Referrer(
            null,
            form.getReferrerName(),
            form.getReferrerCompany(),
            email,
            form.getReferrerPhone(),
            form.getLanguage()),
        form,
        Channel.WEB_FORM,
        email);
  }

  /** Every referral, the latest first. */
  public List<ServiceRequest> list() {
    return em.createNamedQuery(ServiceRequest.FIND_BY_TYPE, ServiceRequest.class)
        .setParameter("type", RequestType.REFERRAL)
        .setMaxResults(500)
        .getResultList();
  }

  private ServiceRequest store(
      Referrals.Referrer referrer, ReferralForm form, Channel channel, String actor) {
    ServiceRequest request = referrals.referral(referrer, form, channel, Instant.now(clock), actor);
    Store.register(em, request);
    audit.recordAs(
        actor, "SR_RECEIVED", Intake.AUDIT_SUBJECT, request.getNumber(), "REFERRAL " + channel);
    referrals.received(request);
    return request;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
