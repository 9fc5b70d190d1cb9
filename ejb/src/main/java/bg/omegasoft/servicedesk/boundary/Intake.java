package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.servicedesk.control.ConfirmationLinks;
import bg.omegasoft.servicedesk.control.Consultants;
import bg.omegasoft.servicedesk.control.FormThrottle;
import bg.omegasoft.servicedesk.control.NewRequests;
import bg.omegasoft.servicedesk.control.Notices;
import bg.omegasoft.servicedesk.control.OfferFollowUps;
import bg.omegasoft.servicedesk.control.PublicForms;
import bg.omegasoft.servicedesk.entity.Channel;
import bg.omegasoft.servicedesk.entity.Consent;
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

/**
 * Receiving requests on every channel of the charter: the public web form and "request an offer"
 * (anyone, rate-limited, with a trap for robots), the client portal (CLIENT_ADMIN), and what staff
 * record themselves (a phone call, or another channel marked "not guaranteed"). Each request keeps
 * its channel, time, requester and the consent it carries; what people typed is kept as plain text.
 * A request from the public web form is held until the address it gave confirms it ({@link
 * Confirmations}): anyone can type a client's UIC and a contact's address.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class Intake {

  static final String AUDIT_SUBJECT = "ServiceRequest";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private Clients clients;
  @EJB private FormThrottle throttle;
  @EJB private Notices notices;
  @EJB private NewRequests newRequests;
  @EJB private AuditTrail audit;
  @EJB private Consultants people;
  @EJB private OfferFollowUps offers;
  @EJB private PublicForms forms;

  private final Clock clock = Clock.systemUTC();

  /**
   * Counts a public form submission from the client address against the rate limit, before its
   * content is read, so that malformed submissions count too.
   *
   * @throws TooManySubmissionsException when the address is over its limit
   */
  @PermitAll
  public FormAdmission admit(String address) {
    Instant now = Instant.now(clock);
    if (!throttle.allow(address, now)) {
      throw new TooManySubmissionsException();
    }
    return new FormAdmission(address, now);
  }

  /**
   * The web site's request form, from the given client address: recorded and held until the e-mail
   * address it gave confirms it through the link mailed to it. Until then it belongs to no client
   * and nobody else is told.
   */
  @PermitAll
  public ServiceRequest submitWebForm(RequestForm form, String address) {
    return submitWebForm(form, admit(address));
  }

  /** The web site's request form, already counted by {@link #admit}; held like the above. */
  @PermitAll
  public ServiceRequest submitWebForm(RequestForm submitted, FormAdmission admission) {
    Instant now = admission.at;
    forms.trap(submitted == null ? null : submitted.getWebsite(), admission.address);
    RequestForm form = submitted == null ? null : submitted.cleaned();
    forms.validate(form);
    if (!Boolean.TRUE.equals(form.getConsent())) {
      throw new InvalidInputException("consent", "sd.form.consentRequired");
    }
    if (!form.getType().isClientService()) {
      throw new InvalidInputException("type", "sd.form.typeNotOffered");
    }
    String email = form.getEmail().strip().toLowerCase();
    ServiceRequest request =
        new ServiceRequest(
            form.getType(),
            Channel.WEB_FORM,
            now,
            new Consent(form.getContactName() + " <" + email + ">", now, Channel.WEB_FORM),
            subjectOf(form.getDescription()),
            form.getDescription().strip(),
            "web-form");
    request.describeRequester(form.getContactName(), email, form.getPhone(), null);
    request.claimUic(form.getCompanyUic().strip());
    request.preferMode(form.getPreferredMode());
    String token = ConfirmationLinks.newToken();
    request.holdForConfirmation(
        ConfirmationLinks.hash(token), now.plus(ConfirmationLinks.validity()));
    Store.register(em, request);
    newRequests.arrived(request);
    audit.recordAs(
        email,
        "SR_RECEIVED",
        AUDIT_SUBJECT,
        request.getNumber(),
        "WEB_FORM, awaiting confirmation");
    notices.confirmationAsked(request, token);
    return request;
  }

  /** "Request an offer" from the public site; becomes an offer request in the staff's queue. */
  @PermitAll
  public ServiceRequest submitOffer(OfferForm form, String address) {
    return submitOffer(form, admit(address));
  }

  /** "Request an offer", already counted by {@link #admit}. */
  @PermitAll
  public ServiceRequest submitOffer(OfferForm submitted, FormAdmission admission) {
    Instant now = admission.at;
    forms.trap(submitted == null ? null : submitted.getWebsite(), admission.address);
    OfferForm form = submitted == null ? null : submitted.cleaned();
    forms.validate(form);
    String email = form.getEmail().strip().toLowerCase();
    ServiceRequest request =
        new ServiceRequest(
            RequestType.OFFER,
            Channel.WEB_FORM,
            now,
            new Consent(form.getName() + " <" + email + ">", now, Channel.WEB_FORM),
            form.getTopic(),
            form.getMessage().strip(),
            "offer-form");
    request.describeRequester(form.getName(), email, form.getPhone(), form.getCompany());
    request.describeOffer(form.getTopic(), form.getProgramme());
    Store.register(em, request);
    audit.recordAs(email, "SR_RECEIVED", AUDIT_SUBJECT, request.getNumber(), "OFFER");
    // the offer's own notice (offer waiting for its first contact) tells staff, not a second one
    offers.open(request, form.getLanguage());
    return request;
  }

  /** A client administrator files a request for the own company in the portal. */
  @RolesAllowed(Roles.CLIENT_ADMIN)
  public ServiceRequest submitFromPortal(PortalRequestForm form) {
    RequestType type = form.getType();
    String subject = form.getSubject();
    String description = form.getDescription();
    if (type == null || !type.isClientService()) {
      throw new InvalidInputException("type", "sd.form.typeNotOffered");
    }
    if (description == null || description.isBlank()) {
      throw new InvalidInputException("description", "sd.form.descriptionRequired");
    }
    User me = people.byUsername(caller());
    Client client = myClient(me);
    Instant now = Instant.now(clock);
    ServiceRequest request =
        new ServiceRequest(
            type,
            Channel.PORTAL,
            now,
            new Consent(me.getFullName(), now, Channel.PORTAL),
            subject == null || subject.isBlank() ? subjectOf(description) : subject,
            description.strip(),
            me.getUsername());
    request.describeRequester(me.getFullName(), me.getEmail(), null, null);
    request.preferMode(form.getPreferredMode());
    request.identify(client);
    Store.register(em, request);
    newRequests.arrived(request);
    audit.record("SR_RECEIVED", AUDIT_SUBJECT, request.getNumber(), "PORTAL");
    notices.received(request, null);
    return request;
  }

  /**
   * Staff record a request taken by phone or another way. The consent is the requester's: staff
   * confirm that the requester asked for the service.
   */
  public ServiceRequest record(StaffIntakeForm form) {
    if (form.getChannel() == null) {
      throw new InvalidInputException("channel", "sd.form.channelRequired");
    }
    if (form.getType() == null || form.getType() == RequestType.REFERRAL) {
      throw new InvalidInputException("type", "sd.form.typeNotOffered");
    }
    if (form.getRequesterName() == null || form.getRequesterName().isBlank()) {
      throw new InvalidInputException("requesterName", "sd.form.requesterRequired");
    }
    if (form.getDescription() == null || form.getDescription().isBlank()) {
      throw new InvalidInputException("description", "sd.form.descriptionRequired");
    }
    if (!form.isConsentConfirmed()) {
      throw new InvalidInputException("consent", "sd.form.consentRequired");
    }
    Instant now = Instant.now(clock);
    ServiceRequest request =
        new ServiceRequest(
            form.getType(),
            form.getChannel(),
            now,
            new Consent(form.getRequesterName(), now, form.getChannel()),
            form.getSubject() == null || form.getSubject().isBlank()
                ? subjectOf(form.getDescription())
                : form.getSubject(),
            form.getDescription().strip(),
            caller());
    request.describeRequester(form.getRequesterName(), form.getEmail(), form.getPhone(), null);
    request.preferMode(form.getPreferredMode());
    request.identify(form.getClientId() == null ? null : clients.find(form.getClientId()));
    Store.register(em, request);
    newRequests.arrived(request);
    audit.record("SR_RECEIVED", AUDIT_SUBJECT, request.getNumber(), form.getChannel().name());
    if (form.getEmail() != null && !form.getEmail().isBlank()) {
      notices.received(request, null);
    }
    return request;
  }

  private Client myClient(User me) {
    return clients
        .mine()
        .orElseThrow(() -> new InvalidInputException("client", "sd.portal.noCompany"));
  }

  /** The first line of a free text, as the request's subject. */
  static String subjectOf(String text) {
    String first = text == null ? "" : text.strip().lines().findFirst().orElse("").strip();
    return first.length() <= 120 ? first : first.substring(0, 117) + "…";
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
