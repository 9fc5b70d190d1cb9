package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.organisation.boundary.OrganisationSettings;
import bg.omegasoft.servicedesk.control.NewRequests;
import bg.omegasoft.servicedesk.control.Notices;
import bg.omegasoft.servicedesk.control.PhoneNorm;
import bg.omegasoft.servicedesk.entity.Channel;
import bg.omegasoft.servicedesk.entity.Consent;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.PhoneCall;
import bg.omegasoft.servicedesk.entity.RequestRuleException;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Phone consultations: the consultant starts a call on one of the organisation's lines, notes it as
 * it goes (the timer warns past the norm, see {@link PhoneNorm}), ends it, or escalates it into a
 * paid support request linked to the call. Statistics show how the lines are used.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class PhoneConsultations {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private Clients clients;
  @EJB private Notices notices;
  @EJB private NewRequests newRequests;
  @EJB private AuditTrail audit;
  @EJB private OrganisationSettings organisation;

  private final Clock clock = Clock.systemUTC();

  /** Starts a call that came in on {@code line}, one of the organisation's published numbers. */
  public PhoneCall start(Long clientId, String callerName, String callerPhone, String line) {
    if (line != null && !organisation.current().lines().contains(line.strip())) {
      throw new RequestRuleException("sd.rule.unknownLine");
    }
    PhoneCall call =
        new PhoneCall(
            clientId == null ? null : clients.find(clientId),
            callerName,
            callerPhone,
            line,
            caller(),
            Instant.now(clock));
    em.persist(call);
    em.flush();
    audit.record("PHONE_CALL_STARTED", "PhoneCall", call.getId(), callerName);
    return call;
  }

  public PhoneCall find(long id) {
    PhoneCall call = em.find(PhoneCall.class, id);
    if (call == null) {
      throw new NotFoundException("PhoneCall", id);
    }
    return call;
  }

  /** Saves the notes and, when {@code end}, ends the call. */
  public PhoneCall note(long id, int version, CallNotes notes, boolean end) {
    PhoneCall call = edit(id, version);
    call.note(notes.topic(), notes.notes(), notes.docs(), notes.help(), notes.forum());
    if (end) {
      call.end(Instant.now(clock));
      audit.record(
          "PHONE_CALL_ENDED",
          "PhoneCall",
          id,
          call.lengthAt(Instant.now(clock)).toSeconds() + " s");
    }
    flush(call);
    return call;
  }

  /**
   * The case cannot be solved by phone: a paid support request (visit or remote session) is made
   * from the call, linked to it; the caller's request by phone is the consent.
   */
  public ServiceRequest escalate(
      long id, int version, CallNotes notes, DeliveryMode mode, String email) {
    PhoneCall call = edit(id, version);
    call.note(notes.topic(), notes.notes(), notes.docs(), notes.help(), notes.forum());
    Instant now = Instant.now(clock);
    String description =
        (notes.notes() == null || notes.notes().isBlank() ? notes.topic() : notes.notes());
    ServiceRequest request =
        new ServiceRequest(
            RequestType.SUPPORT,
            Channel.PHONE,
            now,
            new Consent(call.getCallerName(), now, Channel.PHONE),
            notes.topic() == null || notes.topic().isBlank()
                ? Intake.subjectOf(description)
                : notes.topic(),
            description,
            caller());
    request.describeRequester(call.getCallerName(), email, call.getCallerPhone(), null);
    request.preferMode(mode);
    request.identify(call.getClient());
    request.linkPhoneCall(call.getId());
    Store.register(em, request);
    newRequests.arrived(request);
    call.escalatedInto(request.getId(), now);
    flush(call);
    audit.record("PHONE_CALL_ESCALATED", "PhoneCall", id, request.getNumber());
    audit.record(
        "SR_RECEIVED", Intake.AUDIT_SUBJECT, request.getNumber(), "PHONE (call " + id + ")");
    if (email != null && !email.isBlank()) {
      notices.received(request, null);
    }
    return request;
  }

  /** The calls of the last days, newest first. */
  public List<PhoneCall> recent(int days) {
    return em.createNamedQuery(PhoneCall.FIND_SINCE, PhoneCall.class)
        .setParameter("since", Instant.now(clock).minus(Duration.ofDays(days)))
        .setMaxResults(500)
        .getResultList();
  }

  public List<PhoneCall> myOpenCalls() {
    return em.createNamedQuery(PhoneCall.FIND_OPEN_OF, PhoneCall.class)
        .setParameter("consultant", caller())
        .getResultList();
  }

  public PhoneStatistics statistics(int days) {
    Instant now = Instant.now(clock);
    List<PhoneCall> calls =
        em
            .createNamedQuery(PhoneCall.FIND_SINCE, PhoneCall.class)
            .setParameter("since", now.minus(Duration.ofDays(days)))
            .getResultList()
            .stream()
            .filter(c -> c.getEndedAt() != null)
            .toList();
    Map<LocalDate, Long> perDay = new TreeMap<>();
    Map<LocalDate, Long> overPerDay = new TreeMap<>();
    LocalDate today = LocalDate.now(SofiaTime.ZONE);
    for (int i = days - 1; i >= 0; i--) {
      perDay.put(today.minusDays(i), 0L);
      overPerDay.put(today.minusDays(i), 0L);
    }
    Map<String, Long> perLine = new LinkedHashMap<>();
    Duration norm = PhoneNorm.current();
    long totalSeconds = 0;
    long over = 0;
    for (PhoneCall call : calls) {
      LocalDate day = call.getStartedAt().atZone(SofiaTime.ZONE).toLocalDate();
      perDay.merge(day, 1L, Long::sum);
      perLine.merge(call.getLine(), 1L, Long::sum);
      totalSeconds += call.lengthAt(now).toSeconds();
      if (call.isOverNormAt(now, norm)) {
        over++;
        overPerDay.merge(day, 1L, Long::sum);
      }
    }
    long count = calls.size();
    return new PhoneStatistics(
        count,
        Duration.ofSeconds(count == 0 ? 0 : totalSeconds / count),
        count == 0 ? 0 : (double) over / count,
        calls.stream().filter(PhoneCall::isSelfHelpSkipped).count(),
        calls.stream().filter(c -> c.getEscalatedRequestId() != null).count(),
        perDay,
        overPerDay,
        perLine);
  }

  private PhoneCall edit(long id, int version) {
    PhoneCall call = find(id);
    if (call.getVersion() != version) {
      throw new RequestChangedException("#" + id);
    }
    return call;
  }

  private void flush(PhoneCall call) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new RequestChangedException("#" + call.getId());
    }
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  /** What the consultant noted during a call. */
  public record CallNotes(String topic, String notes, boolean docs, boolean help, boolean forum) {}
}
