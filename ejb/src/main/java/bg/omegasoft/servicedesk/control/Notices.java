package bg.omegasoft.servicedesk.control;

import bg.omegasoft.messaging.boundary.Letter;
import bg.omegasoft.messaging.boundary.MailTexts;
import bg.omegasoft.messaging.boundary.Outbox;
import bg.omegasoft.messaging.entity.OutgoingMail;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.RequestMessage;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What the service desk tells clients by e-mail: the link that confirms a request from the public
 * form, the request received, the booked time with a calendar invitation (and its updates and
 * cancellation), the protocol to confirm, attachments refused. The requester's language is not
 * known, so each mail is in Bulgarian, then English (templates {@code servicedesk.*} of the mail
 * bundle). Each is queued in the caller's transaction and kept in the request's conversation,
 * except the confirmation link, which is for its addressee only.
 */
@Stateless
@PermitAll
public class Notices {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final String SIGNATURE = "servicedesk.signature";

  @PersistenceContext private EntityManager em;
  @EJB private Outbox outbox;

  private final Clock clock = Clock.systemUTC();

  /** The topic of a request's mails in the outbox. */
  public static String topic(ServiceRequest request) {
    return "service-request:" + request.getId();
  }

  /**
   * Asks the address a request from the public form gave to confirm it, with the link (and says
   * what to do if the request is not theirs). The only mail about a request that awaits it.
   */
  public void confirmationAsked(ServiceRequest request, String token) {
    String company = request.getClaimedUic() == null ? "—" : request.getClaimedUic();
    outbox.queue(
        Letter.to(request.getRequesterEmail())
            .bilingual()
            .subjectPrefix("[" + request.getNumber() + "] ")
            .template(
                "servicedesk.confirm",
                request.getNumber(),
                request.getSubject(),
                ConfirmationLinks.link(token),
                when(request.getConfirmationDueAt()),
                company)
            .signedWith(SIGNATURE)
            .once(topic(request) + ":confirm:" + token.hashCode())
            .about(topic(request)));
  }

  public void received(ServiceRequest request, String inReplyTo) {
    String to = Invitations.attendee(request);
    if (to == null) {
      return;
    }
    String triage = request.getClient() == null ? "servicedesk.received.triage" : null;
    String warning = request.isChannelGuaranteed() ? null : "servicedesk.notGuaranteed";
    send(
        request,
        Letter.to(to)
            .template(
                "servicedesk.received",
                locale ->
                    new Object[] {
                      request.getNumber(),
                      request.getSubject(),
                      when(request.getReceivedAt()),
                      MailTexts.optional(locale, triage) + MailTexts.optional(locale, warning)
                    })
            .once(topic(request) + ":received")
            .inReplyTo(inReplyTo));
  }

  public void invitation(ServiceRequest request, boolean first) {
    String to = Invitations.attendee(request);
    if (to == null) {
      return;
    }
    String when = when(request.getScheduledStart()) + "–" + time(request.getScheduledEnd());
    Instant now = Instant.now(clock);
    send(
        request,
        Letter.to(to)
            .template(
                first ? "servicedesk.invitation" : "servicedesk.update",
                locale ->
                    new Object[] {
                      request.getNumber(),
                      when,
                      request.getConsultant().getFullName(),
                      mode(request, locale),
                      ""
                    })
            .attach(
                "invite.ics",
                "text/calendar; charset=UTF-8; method=REQUEST",
                Invitations.request(request, outbox.sender(), now)
                    .getBytes(StandardCharsets.UTF_8)));
  }

  public void cancellation(ServiceRequest request, Instant start, Instant end) {
    String to = Invitations.attendee(request);
    if (to == null || start == null) {
      return;
    }
    send(
        request,
        Letter.to(to)
            .template("servicedesk.cancel", request.getNumber(), when(start) + "–" + time(end))
            .attach(
                "invite.ics",
                "text/calendar; charset=UTF-8; method=CANCEL",
                Invitations.cancel(request, start, end, outbox.sender(), Instant.now(clock))
                    .getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Sends the signed protocol (its PDF attached) to the requester with the link that accepts or
   * disputes it without an account; once per revision.
   */
  public void protocolWritten(ServiceRequest request, ProtocolLetter letter) {
    String to = Invitations.attendee(request);
    if (to != null) {
      outbox.queue(
          protocolLetter(to, "servicedesk.protocolLink", request, letter)
              .once(topic(request) + ":protocol:" + letter.revision()));
    }
  }

  /** The one reminder of a protocol still unanswered, with a fresh link; once per revision. */
  public void protocolReminder(ServiceRequest request, ProtocolLetter letter) {
    String to = Invitations.attendee(request);
    if (to != null) {
      outbox.queue(
          protocolLetter(to, "servicedesk.protocolReminder", request, letter)
              .once(topic(request) + ":protocol-reminder:" + letter.revision()));
    }
  }

  /**
   * What a protocol's mail says: who signed it, the link, until when, and the PDF. The link is for
   * its addressee only (as the confirmation link), so these mails stay out of the conversation.
   */
  public record ProtocolLetter(
      String consultant, int revision, String token, Instant linkDueAt, byte[] pdf) {}

  private static Letter protocolLetter(
      String to, String template, ServiceRequest request, ProtocolLetter letter) {
    return Letter.to(to)
        .bilingual()
        .subjectPrefix("[" + request.getNumber() + "] ")
        .signedWith(SIGNATURE)
        .about(topic(request))
        .template(
            template,
            request.getNumber(),
            letter.consultant(),
            AcceptanceLinks.link(letter.token()),
            when(letter.linkDueAt()))
        .attach("protocol-" + request.getNumber() + ".pdf", "application/pdf", letter.pdf());
  }

  /** Tells the sender that attachments were not accepted: personal data only through PDM. */
  public void attachmentsRefused(
      ServiceRequest request, String to, String names, String inReplyTo) {
    String about = request == null ? "—" : request.getNumber();
    outbox.queue(
        Letter.to(to)
            .bilingual()
            .template("servicedesk.attachments", about, names)
            .signedWith(SIGNATURE)
            .about(request == null ? null : topic(request))
            .inReplyTo(inReplyTo));
  }

  /**
   * Queues a mail about the request, its number in the subject, and keeps it in the conversation.
   */
  private void send(ServiceRequest request, Letter letter) {
    OutgoingMail mail =
        outbox.queue(
            letter
                .bilingual()
                .subjectPrefix("[" + request.getNumber() + "] ")
                .signedWith(SIGNATURE)
                .about(topic(request)));
    em.persist(
        new RequestMessage(
            request,
            RequestMessage.Direction.OUT,
            Instant.now(clock),
            outbox.sender(),
            mail.getSubject(),
            mail.getBody(),
            mail.getMessageId()));
  }

  private static String mode(ServiceRequest request, Locale locale) {
    if (request.getDeliveryMode() == DeliveryMode.ON_SITE) {
      return MailTexts.text(locale, "servicedesk.mode.ON_SITE", request.getSiteAddress());
    }
    String session =
        request.getRemoteSessionId() == null
            ? ""
            : MailTexts.text(locale, "servicedesk.mode.session", request.getRemoteSessionId());
    return MailTexts.text(locale, "servicedesk.mode.REMOTE", request.getRemoteTool(), session);
  }

  private static String when(Instant instant) {
    return WHEN.format(instant.atZone(SofiaTime.ZONE));
  }

  private static String time(Instant instant) {
    return DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(SofiaTime.ZONE));
  }
}
