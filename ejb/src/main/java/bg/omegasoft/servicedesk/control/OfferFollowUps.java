package bg.omegasoft.servicedesk.control;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.messaging.boundary.Letter;
import bg.omegasoft.messaging.boundary.Outbox;
import bg.omegasoft.organisation.boundary.BusinessCalendar;
import bg.omegasoft.servicedesk.entity.OfferFollowUp;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.Notice;
import bg.omegasoft.shared.control.Formatter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * An offer request is answered: its first-contact clock starts, the sender is told at once in the
 * form's language what happens next and by when staff contact them, staff hear of it (a notice to
 * STAFF) and the sales mailbox gets one mail ({@code omex.sales.alertTo}, else the platform's
 * sender). The promise is {@code omex.offers.firstContactHours} working hours (default 4).
 */
@Stateless
@PermitAll
public class OfferFollowUps {

  public static final String PAGE = "/servicedesk/offers.xhtml";
  private static final String SIGNATURE = "servicedesk.signature";

  @PersistenceContext private EntityManager em;
  @EJB private Outbox outbox;
  @EJB private BusinessCalendar calendar;
  @Inject private Event<Notice> notices;

  /** Starts the clock of a new offer request and tells its sender, staff and the sales mailbox. */
  public OfferFollowUp open(ServiceRequest request, String language) {
    Instant contactDue =
        calendar.plusBusinessTime(request.getReceivedAt(), Duration.ofHours(firstContactHours()));
    OfferFollowUp followUp = new OfferFollowUp(request, language, contactDue);
    em.persist(followUp);
    Locale locale = Locale.forLanguageTag(followUp.getLanguage());
    String number = request.getNumber();
    String topic = Notices.topic(request);
    outbox.queue(
        Letter.to(request.getRequesterEmail())
            .in(locale)
            .subjectPrefix("[" + number + "] ")
            .template(
                "offers.ack",
                request.getRequesterName(),
                number,
                request.getSubject(),
                Formatter.dateTime(followUp.getContactDueAt(), locale),
                firstContactHours())
            .signedWith(SIGNATURE)
            .once(topic + ":offer-ack")
            .about(topic));
    String due = Formatter.dateTime(followUp.getContactDueAt(), Locale.forLanguageTag("bg"));
    outbox.queue(
        Letter.to(salesMailbox())
            .template(
                "offers.sales",
                number,
                request.getCompanyName(),
                request.getRequesterName(),
                request.getRequesterEmail(),
                request.getRequesterPhone() == null ? "—" : request.getRequesterPhone(),
                request.getSubject(),
                request.getDescription(),
                due,
                PAGE)
            .once("offer-waiting:" + number));
    notices.fire(
        new Notice(
            Notice.Kind.OFFER_WAITING,
            Notice.Audience.role(Roles.STAFF),
            "offers.notice.waiting",
            List.of(number, request.getCompanyName(), due),
            PAGE,
            "offer-waiting:" + number));
    return followUp;
  }

  /** The promised working hours to the first contact. */
  public static int firstContactHours() {
    return Math.max(1, Integer.getInteger("omex.offers.firstContactHours", 4));
  }

  private String salesMailbox() {
    String to = System.getProperty("omex.sales.alertTo");
    return to == null || to.isBlank() ? outbox.sender() : to.strip();
  }
}
