package bg.omegasoft.servicedesk.control;

import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.OutgoingMail;
import bg.omegasoft.servicedesk.entity.RequestMessage;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What the service desk tells clients by e-mail: the link that confirms a request from the public
 * form, the request received, the booked time with a calendar invitation (and its updates and
 * cancellation), the protocol to confirm, attachments refused. Each mail is queued in the caller's
 * transaction and kept in the request's conversation, except the confirmation link, which is for
 * its addressee only.
 */
@Stateless
@PermitAll
public class Notices {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  @PersistenceContext private EntityManager em;
  @EJB private Outbox outbox;

  @Resource(lookup = "java:jboss/mail/Omex")
  private Session mailSession;

  private final Clock clock = Clock.systemUTC();

  /**
   * Asks the address a request from the public form gave to confirm it, with the link (and says
   * what to do if the request is not theirs). The only mail about a request that awaits it.
   */
  public void confirmationAsked(ServiceRequest request, String token) {
    String company = request.getClaimedUic() == null ? "—" : request.getClaimedUic();
    outbox.queue(
        request.getRequesterEmail(),
        "["
            + request.getNumber()
            + "] "
            + MailTexts.subject("mail.confirm.subject", request.getNumber()),
        MailTexts.body(
            "mail.confirm.body",
            request.getNumber(),
            request.getSubject(),
            ConfirmationLinks.link(token),
            when(request.getConfirmationDueAt()),
            company),
        request.getId());
  }

  public void received(ServiceRequest request, String inReplyTo) {
    String to = Invitations.attendee(request);
    if (to == null) {
      return;
    }
    String triage = request.getClient() == null ? "mail.received.triage" : null;
    String warning = request.isChannelGuaranteed() ? null : "mail.notGuaranteed";
    String body =
        MailTexts.body(
            "mail.received.body",
            locale ->
                new Object[] {
                  request.getNumber(),
                  request.getSubject(),
                  when(request.getReceivedAt()),
                  MailTexts.optional(locale, triage) + MailTexts.optional(locale, warning)
                });
    send(
        request,
        to,
        MailTexts.subject("mail.received.subject", request.getNumber()),
        body,
        inReplyTo);
  }

  public void invitation(ServiceRequest request, boolean first) {
    String to = Invitations.attendee(request);
    if (to == null) {
      return;
    }
    String key = first ? "mail.invitation" : "mail.update";
    String when = when(request.getScheduledStart()) + "–" + time(request.getScheduledEnd());
    String subject = MailTexts.subject(key + ".subject", request.getNumber(), when);
    String body =
        MailTexts.body(
            key + ".body",
            locale ->
                new Object[] {
                  request.getNumber(),
                  when,
                  request.getConsultant().getFullName(),
                  mode(request, locale),
                  ""
                });
    OutgoingMail mail = send(request, to, subject, body, null);
    mail.attachCalendar("REQUEST", Invitations.request(request, organiser(), Instant.now(clock)));
  }

  public void cancellation(ServiceRequest request, Instant start, Instant end) {
    String to = Invitations.attendee(request);
    if (to == null || start == null) {
      return;
    }
    String when = when(start) + "–" + time(end);
    OutgoingMail mail =
        send(
            request,
            to,
            MailTexts.subject("mail.cancel.subject", request.getNumber()),
            MailTexts.body("mail.cancel.body", request.getNumber(), when),
            null);
    mail.attachCalendar(
        "CANCEL", Invitations.cancel(request, start, end, organiser(), Instant.now(clock)));
  }

  public void protocolWritten(ServiceRequest request, String consultant) {
    String to = Invitations.attendee(request);
    if (to != null) {
      send(
          request,
          to,
          MailTexts.subject("mail.protocol.subject", request.getNumber()),
          MailTexts.body("mail.protocol.body", request.getNumber(), consultant),
          null);
    }
  }

  /** Tells the sender that attachments were not accepted: personal data only through PDM. */
  public void attachmentsRefused(
      ServiceRequest request, String to, String names, String inReplyTo) {
    String about = request == null ? "—" : request.getNumber();
    OutgoingMail mail =
        outbox.queue(
            to,
            MailTexts.subject("mail.attachments.subject", about),
            MailTexts.body("mail.attachments.body", about, names),
            request == null ? null : request.getId());
    if (inReplyTo != null) {
      mail.replyTo(inReplyTo);
    }
  }

  private OutgoingMail send(
      ServiceRequest request, String to, String subject, String body, String inReplyTo) {
    String tagged =
        subject.contains("[" + request.getNumber() + "]")
            ? subject
            : "[" + request.getNumber() + "] " + subject;
    OutgoingMail mail = outbox.queue(to, tagged, body, request.getId());
    if (inReplyTo != null) {
      mail.replyTo(inReplyTo);
    }
    em.persist(
        new RequestMessage(
            request,
            RequestMessage.Direction.OUT,
            Instant.now(clock),
            organiser(),
            tagged,
            body,
            mail.getMessageId()));
    return mail;
  }

  private static String mode(ServiceRequest request, Locale locale) {
    if (request.getDeliveryMode() == DeliveryMode.ON_SITE) {
      return MailTexts.text(locale, "mail.mode.ON_SITE", request.getSiteAddress());
    }
    String session =
        request.getRemoteSessionId() == null
            ? ""
            : MailTexts.text(locale, "mail.mode.session", request.getRemoteSessionId());
    return MailTexts.text(locale, "mail.mode.REMOTE", request.getRemoteTool(), session);
  }

  private String organiser() {
    String from = mailSession == null ? null : mailSession.getProperty("mail.from");
    return from == null || from.isBlank() ? "noreply@omegasoft.bg" : from;
  }

  private static String when(Instant instant) {
    return WHEN.format(instant.atZone(SofiaTime.ZONE));
  }

  private static String time(Instant instant) {
    return DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(SofiaTime.ZONE));
  }
}
