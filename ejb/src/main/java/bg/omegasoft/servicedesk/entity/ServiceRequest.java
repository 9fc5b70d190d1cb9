package bg.omegasoft.servicedesk.entity;

import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.identity.entity.User;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A client's request to the service desk, from its receipt (channel, time, requester, consent)
 * through triage, dispatch and the work to the two-sided protocol. Its rules live here: which
 * status may follow which, and what each step needs. Cohesive parts are embedded with their own
 * rules: the {@link Requester}, the {@link Appointment}, the {@link ExpressPromise}, the {@link
 * IdentityChecks} of a password recovery, the {@link LicenceChange} and the {@link Referral}.
 */
@Entity
@Table(name = "service_request")
@NamedQuery(
    name = ServiceRequest.FIND_BY_NUMBER,
    query = "select r from ServiceRequest r where r.number = :number")
@NamedQuery(
    name = ServiceRequest.FIND_BY_CLIENT,
    query =
        "select r from ServiceRequest r where r.client.id = :client"
            + " order by r.receivedAt desc")
@NamedQuery(
    name = ServiceRequest.FIND_RUNNING_EXPRESS,
    query =
        "select r from ServiceRequest r where r.type = :type and r.express.dueAt is not null"
            + " and r.express.metAt is null and r.status in :open order by r.express.dueAt")
@NamedQuery(
    name = ServiceRequest.FIND_BY_CONFIRMATION,
    query = "select r from ServiceRequest r where r.confirmation.tokenHash = :hash")
@NamedQuery(
    name = ServiceRequest.FIND_UNCONFIRMED_BEFORE,
    query =
        "select r from ServiceRequest r where r.status = :held"
            + " and r.confirmation.dueAt < :before order by r.id")
@NamedQuery(
    name = ServiceRequest.FIND_BY_REFERRED_UIC,
    query =
        "select r from ServiceRequest r where r.type = :type and r.referral.prospectUic = :uic"
            + " and r.referral.prospectClient is null")
@NamedQuery(
    name = ServiceRequest.FIND_BY_PROSPECT_CLIENT,
    query =
        "select r from ServiceRequest r where r.type = :type"
            + " and r.referral.prospectClient.id = :client and r.referral.rewardRecordedAt is null")
@NamedQuery(
    name = ServiceRequest.FIND_BY_TYPE,
    query = "select r from ServiceRequest r where r.type = :type order by r.receivedAt desc")
public class ServiceRequest {

  public static final String FIND_BY_NUMBER = "ServiceRequest.findByNumber";
  public static final String FIND_BY_CLIENT = "ServiceRequest.findByClient";
  public static final String FIND_RUNNING_EXPRESS = "ServiceRequest.findRunningExpress";
  public static final String FIND_BY_REFERRED_UIC = "ServiceRequest.findByReferredUic";
  public static final String FIND_BY_PROSPECT_CLIENT = "ServiceRequest.findByProspectClient";
  public static final String FIND_BY_TYPE = "ServiceRequest.findByType";
  public static final String FIND_BY_CONFIRMATION = "ServiceRequest.findByConfirmation";
  public static final String FIND_UNCONFIRMED_BEFORE = "ServiceRequest.findUnconfirmedBefore";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(unique = true, length = 20)
  private String number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private RequestType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private RequestStatus status = RequestStatus.NEW;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Channel channel;

  @Column(name = "channel_guaranteed", nullable = false)
  private boolean channelGuaranteed;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @ManyToOne
  @JoinColumn(name = "client_id")
  private Client client;

  /** Null when none of its columns is set (EclipseLink): read through {@link #requester()}. */
  @Embedded private Requester requester;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(columnDefinition = "TEXT")
  private String description;

  @Embedded private Consent consent;

  /** Null when none of its columns is set (EclipseLink): read through {@link #confirmation()}. */
  @Embedded private Confirmation confirmation;

  @Enumerated(EnumType.STRING)
  @Column(name = "preferred_mode", length = 10)
  private DeliveryMode preferredMode;

  @Embedded private Appointment appointment = new Appointment();

  @Embedded private ExpressPromise express = new ExpressPromise();

  @Embedded private IdentityChecks identityChecks = new IdentityChecks();

  /** Null when none of its columns is set (EclipseLink): read through {@link #licenceChange()}. */
  @Embedded private LicenceChange licenceChange;

  /** Null when none of its columns is set (EclipseLink): read through {@link #referral()}. */
  @Embedded private Referral referral;

  @Column(length = 200)
  private String topic;

  @Column(name = "programme_ref", length = 40)
  private String programmeRef;

  @Column(name = "phone_call_id")
  private Long phoneCallId;

  /** Accepted work that billing may price: set only with an accepted protocol. */
  @Column(nullable = false)
  private boolean billable;

  @Column(name = "billable_since")
  private Instant billableSince;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
  @OrderBy("occurredAt")
  private List<Transition> transitions = new ArrayList<>();

  @Version private int version;

  protected ServiceRequest() {}

  /**
   * A request just received. Its consent is the request itself (the charter): who asked, when,
   * through which channel. An express request starts its 24-hour clock at receipt.
   */
  public ServiceRequest(
      RequestType type,
      Channel channel,
      Instant receivedAt,
      Consent consent,
      String subject,
      String description,
      String createdBy) {
    this.type = type;
    this.channel = channel;
    this.channelGuaranteed = channel.isGuaranteed();
    this.receivedAt = receivedAt;
    this.consent = consent;
    String line = Text.blankToNull(subject, 300);
    this.subject = line == null ? "—" : line;
    this.description = Text.freeText(description);
    this.createdBy = createdBy;
    this.express.receive(type == RequestType.EXPRESS, receivedAt);
    transitions.add(new Transition(this, null, RequestStatus.NEW, receivedAt, createdBy, null));
  }

  /** The number people quote: SR-2026-000123 (year of receipt in UTC, then the id). */
  public void assignNumber() {
    if (number == null && id != null) {
      number = String.format("SR-%d-%06d", receivedAt.atOffset(ZoneOffset.UTC).getYear(), id);
    }
  }

  /**
   * A request from the public form waits, from its receipt, for the address it gave to confirm it
   * (or for staff to confirm it with the client by phone): until then it is nobody's work, belongs
   * to no client and nobody but that address is told about it.
   *
   * @param tokenHash the SHA-256 of the token of the link sent to the address
   */
  public void holdForConfirmation(String tokenHash, Instant dueAt) {
    if (status != RequestStatus.NEW || transitions.size() != 1 || client != null) {
      throw new RequestRuleException("sd.rule.transition", status.name(), "AWAITING_CONFIRMATION");
    }
    status = RequestStatus.AWAITING_CONFIRMATION;
    transitions.set(
        0,
        new Transition(
            this, null, RequestStatus.AWAITING_CONFIRMATION, receivedAt, createdBy, null));
    confirmationToChange().ask(tokenHash, dueAt);
  }

  /**
   * The held request is confirmed: through the link by its sender, or by staff who confirmed it
   * with the client by phone (with a note). Only now is it received: its time of receipt (and an
   * express clock) start here and its consent is dated now, given through the channel that
   * confirmed it.
   */
  public void confirm(Instant now, String actor, Channel through, String note) {
    if (status != RequestStatus.AWAITING_CONFIRMATION) {
      throw new RequestRuleException("sd.rule.notAwaitingConfirmation");
    }
    if (confirmation().isExpiredAt(now)) {
      throw new RequestRuleException("sd.rule.confirmationExpired");
    }
    moveTo(RequestStatus.NEW, now, actor, note);
    receivedAt = now;
    consent = consent.confirmed(now, through);
    expressToChange().receive(type == RequestType.EXPRESS, now);
    confirmationToChange().confirm(now, actor, note);
  }

  /** Whether the request still waits for its confirmation. */
  public boolean isAwaitingConfirmation() {
    return status == RequestStatus.AWAITING_CONFIRMATION;
  }

  /** Whether the request waits for a confirmation whose time ran out. */
  public boolean isConfirmationExpiredAt(Instant now) {
    return isAwaitingConfirmation() && confirmation().isExpiredAt(now);
  }

  public void describeRequester(String name, String email, String phone, String company) {
    requesterToChange().describe(name, email, phone, company);
  }

  public void claimUic(String uic) {
    requesterToChange().claimUic(uic);
  }

  public void preferMode(DeliveryMode mode) {
    this.preferredMode = mode;
  }

  public void describeOffer(String topic, String programmeRef) {
    this.topic = Text.blankToNull(topic, 200);
    this.programmeRef = Text.blankToNull(programmeRef, 40);
  }

  public void linkPhoneCall(long callId) {
    this.phoneCallId = callId;
  }

  /**
   * Ties the request to its client. Express service is for clients without a contract: for a client
   * with one, an express request becomes an ordinary support request without the clock.
   */
  public void identify(Client client) {
    this.client = client;
    if (client != null && type == RequestType.EXPRESS && client.isHasServiceContract()) {
      type = RequestType.SUPPORT;
      expressToChange().drop();
    }
  }

  /** Whether express was asked for but the client's contract made it an ordinary request. */
  public boolean isExpressDeclinedForContract() {
    return express().isRequested() && type != RequestType.EXPRESS;
  }

  /** Staff sorted the request: the client is known (except for offers) and the type settled. */
  public void triage(Client client, RequestType newType, Instant now, String actor) {
    if (client == null && newType != RequestType.OFFER) {
      throw new RequestRuleException("sd.rule.clientRequired");
    }
    requireMove(RequestStatus.TRIAGED);
    expressToChange().settle(newType == RequestType.EXPRESS, receivedAt);
    this.type = newType;
    identify(client);
    moveTo(RequestStatus.TRIAGED, now, actor, null);
  }

  /**
   * Books the consultant and the time, or changes the booking. On-site visits need an address and
   * are refused while the remote-only policy is on; remote sessions need the remote-access tool.
   * Answers true for a first booking, false for a change.
   */
  public boolean schedule(
      User consultant,
      Instant start,
      Instant end,
      DeliveryMode mode,
      String address,
      String tool,
      String sessionId,
      boolean remoteOnly,
      Instant now,
      String actor) {
    if (!type.needsProtocol()) {
      throw new RequestRuleException("sd.rule.notSchedulable");
    }
    Appointment.check(consultant, start, end, mode, address, tool, remoteOnly);
    boolean first = status != RequestStatus.SCHEDULED;
    if (first) {
      moveTo(RequestStatus.SCHEDULED, now, actor, null);
    }
    appointment().book(consultant, start, end, mode, address, tool, sessionId);
    if (!first) {
      appointment().raiseSequence();
    }
    return first;
  }

  /**
   * Turns a booked visit on site into a remote session with the same consultant at the same time
   * (the remote-only policy was switched on after it was booked); the invitation is updated.
   */
  public void convertToRemote(String tool, Instant now, String actor) {
    if (!isVisitAhead(now)) {
      throw new RequestRuleException("sd.rule.notAVisitAhead");
    }
    schedule(
        getConsultant(),
        getScheduledStart(),
        getScheduledEnd(),
        DeliveryMode.REMOTE,
        null,
        tool,
        null,
        true,
        now,
        actor);
  }

  /** Whether this is a visit on site booked for a time still ahead. */
  public boolean isVisitAhead(Instant now) {
    return status == RequestStatus.SCHEDULED
        && getDeliveryMode() == DeliveryMode.ON_SITE
        && getScheduledStart() != null
        && getScheduledStart().isAfter(now);
  }

  /** The booking is withdrawn: back to the triaged queue; the invitation will be cancelled. */
  public void unschedule(Instant now, String actor, String reason) {
    moveTo(RequestStatus.TRIAGED, now, actor, reason);
    appointment().withdraw();
  }

  /** The consultant starts the work; this is what stops the express clock. */
  public void start(User by, Instant now, String actor) {
    appointment().startedBy(by);
    moveTo(RequestStatus.IN_PROGRESS, now, actor, null);
    expressToChange().stop(now);
  }

  public void tick(IdentityChecks.Step step, boolean done) {
    if (type != RequestType.PASSWORD_RECOVERY) {
      throw new RequestRuleException("sd.rule.notPasswordRecovery");
    }
    if (!status.isOpen() || status == RequestStatus.DONE) {
      throw new RequestRuleException("sd.rule.closed");
    }
    identityChecks.tick(step, done);
  }

  public void describeLicenceChange(
      Long licenceId, Client from, Client to, String legalGround, String pdmReferences) {
    if (type != RequestType.LICENCE_OWNER_CHANGE) {
      throw new RequestRuleException("sd.rule.notLicenceChange");
    }
    if (status == RequestStatus.DONE || !status.isOpen()) {
      throw new RequestRuleException("sd.rule.closed");
    }
    this.licenceChange =
        new LicenceChange(
            licenceId,
            from,
            to,
            Text.blankToNull(legalGround, 500),
            Text.blankToNull(pdmReferences, 500));
  }

  public void describeReferral(
      String name, String company, String uic, String email, String phone, String language) {
    Referral r = referralToChange();
    r.describe(
        Text.blankToNull(name, 200),
        Text.blankToNull(company, 200),
        Text.blankToNull(uic, 13),
        Text.blankToNull(email, 254),
        Text.blankToNull(phone, 40));
    r.writeTo(language);
  }

  /** Staff record by hand that the referrer's reward is due (linking the prospect's client). */
  public boolean recordReward(Client prospect, Instant now) {
    return type == RequestType.REFERRAL && referralToChange().reward(prospect, now);
  }

  /** The recommended company became a client: linked once, the reward not yet due. */
  public boolean linkProspect(Client prospect, Instant now) {
    return type == RequestType.REFERRAL
        && status != RequestStatus.CANCELLED
        && referralToChange().link(prospect, now);
  }

  /** Received, its company a client, or the reward earned. */
  public ReferralState referralState() {
    if (getRewardRecordedAt() != null) {
      return ReferralState.REWARD_EARNED;
    }
    return getProspectClient() != null ? ReferralState.CLIENT_REGISTERED : ReferralState.RECEIVED;
  }

  /** The recommended company paid its first invoice: the reward is recorded (once). */
  public boolean earnReward(Instant now) {
    return type == RequestType.REFERRAL
        && status != RequestStatus.CANCELLED
        && referralToChange().earn(now);
  }

  /**
   * The work is finished. Requests with a procedure need it complete first: every identity check of
   * a password recovery, the licence, new owner and legal ground of a change of owner.
   */
  public void complete(Instant now, String actor) {
    if (type == RequestType.PASSWORD_RECOVERY && !identityChecks.allDone()) {
      throw new RequestRuleException("sd.rule.checksMissing");
    }
    if (type == RequestType.LICENCE_OWNER_CHANGE && !licenceChange().isComplete()) {
      throw new RequestRuleException("sd.rule.licenceChangeIncomplete");
    }
    if (!type.needsProtocol() && status == RequestStatus.NEW) {
      moveTo(RequestStatus.TRIAGED, now, actor, null);
    }
    moveTo(RequestStatus.DONE, now, actor, null);
  }

  /** The client administrator accepted the protocol: the work becomes billable. */
  public void protocolAccepted(Instant now, String actor) {
    moveTo(RequestStatus.PROTOCOL_ACCEPTED, now, actor, null);
    if (type.billingBasis() != RequestType.BillingBasis.NOT_BILLED) {
      billable = true;
      billableSince = now;
    }
  }

  public void protocolDisputed(Instant now, String actor, String comment) {
    moveTo(RequestStatus.DISPUTED, now, actor, comment);
  }

  /** Back to work after a dispute. */
  public void reopen(Instant now, String actor) {
    moveTo(RequestStatus.IN_PROGRESS, now, actor, null);
  }

  public void cancel(Instant now, String actor, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new RequestRuleException("sd.rule.reasonRequired");
    }
    moveTo(RequestStatus.CANCELLED, now, actor, reason);
    appointment().raiseSequence();
  }

  /** Records a breach of the express promise when the deadline passed without a start. */
  public boolean recordExpressBreachIfDue(Instant now) {
    return expressToChange().recordBreachIfDue(now, status.isOpen());
  }

  /**
   * Whether the express breach is due and not yet recorded; the watch then claims it once with a
   * conditional update, so two servers never both record it.
   */
  public boolean isExpressBreachDue(Instant now) {
    return express().breachDue(now, status.isOpen());
  }

  /** Whether the warning before an express breach is due and not yet given. */
  public boolean isExpressWarningDue(Instant now, Duration warnAfter) {
    return express().warningDue(now, status.isOpen(), receivedAt, warnAfter);
  }

  /** When the work first started (the specialist at work), or null while it has not. */
  public Transition firstStart() {
    return transitions.stream()
        .filter(t -> t.getTo() == RequestStatus.IN_PROGRESS)
        .findFirst()
        .orElse(null);
  }

  /** The express clock, or null when the request is not express. */
  public ExpressClock expressClock() {
    return express().clock(receivedAt);
  }

  /** Whether billing may charge the double express price: only for a promise kept. */
  public boolean isExpressPriceApplicable() {
    return type == RequestType.EXPRESS && express().kept();
  }

  // The questions the pages ask: each answer follows the status rules above, so no page re-codes
  // them.

  /** Whether a consultant and a time are booked (a new booking then changes it). */
  public boolean isScheduled() {
    return status == RequestStatus.SCHEDULED;
  }

  /** Whether the dispatcher may book (or rebook) a consultant: work with a protocol, sorted. */
  public boolean canBook() {
    return type.needsProtocol()
        && (status == RequestStatus.TRIAGED || status == RequestStatus.SCHEDULED);
  }

  /** Whether the consultant may start the work (see {@link #start}). */
  public boolean canStart() {
    return canBook();
  }

  /** Whether staff may close a request without a protocol at once (see {@link #complete}). */
  public boolean canCompleteWithoutProtocol() {
    return !type.needsProtocol()
        && (status == RequestStatus.NEW || status == RequestStatus.TRIAGED);
  }

  /** Whether the request waits for staff to sort it (see {@link #triage}). */
  public boolean isAwaitingTriage() {
    return status == RequestStatus.NEW;
  }

  /** Whether the client disputed the protocol, so the work may resume (see {@link #reopen}). */
  public boolean canReopen() {
    return status == RequestStatus.DISPUTED;
  }

  /** Whether the procedure of the request (identity checks, change of owner) may still change. */
  public boolean isProcedureOpen() {
    return status != RequestStatus.DONE && status.isOpen();
  }

  /** Whether the request has a work log: work with a protocol, sorted, not cancelled. */
  public boolean hasWorkLog() {
    return type.needsProtocol()
        && status != RequestStatus.NEW
        && status != RequestStatus.CANCELLED
        && status != RequestStatus.AWAITING_CONFIRMATION;
  }

  /** Whether time may be logged: the visit is booked or the work under way. */
  public boolean canLogWork() {
    return status == RequestStatus.IN_PROGRESS || status == RequestStatus.SCHEDULED;
  }

  /** Whether the consultant may write (or rewrite) the protocol: the work is under way. */
  public boolean canWriteProtocol() {
    return type.needsProtocol() && status == RequestStatus.IN_PROGRESS;
  }

  /** Whether the client is asked to accept or dispute the protocol of the finished work. */
  public boolean isWaitingForClient() {
    return status == RequestStatus.DONE;
  }

  /** Whether staff may still cancel the request (see {@link #cancel}). */
  public boolean canCancel() {
    return status.canMoveTo(RequestStatus.CANCELLED);
  }

  /**
   * Notes in the history something that changed no status (an attachment filed into PDM); the entry
   * moves from the current status to itself.
   */
  public void note(Instant now, String actor, String note) {
    transitions.add(new Transition(this, status, status, now, actor, note));
  }

  /** The one place where the status changes: checks the move and records it. */
  void moveTo(RequestStatus target, Instant now, String actor, String note) {
    requireMove(target);
    if (target == RequestStatus.DONE && status == RequestStatus.TRIAGED && type.needsProtocol()) {
      throw new RequestRuleException("sd.rule.protocolRequired");
    }
    transitions.add(new Transition(this, status, target, now, actor, note));
    status = target;
  }

  private void requireMove(RequestStatus target) {
    if (!status.canMoveTo(target)) {
      throw new RequestRuleException("sd.rule.transition", status.name(), target.name());
    }
  }

  /*
   * EclipseLink gives null for an embedded object whose columns are all null. Reading must not
   * replace it (that would be a change to write), so the readers answer an empty one; a writer
   * creates it.
   */
  private ExpressPromise express() {
    return express == null ? new ExpressPromise() : express;
  }

  private ExpressPromise expressToChange() {
    if (express == null) {
      express = new ExpressPromise();
    }
    return express;
  }

  private LicenceChange licenceChange() {
    return licenceChange == null ? new LicenceChange() : licenceChange;
  }

  private Confirmation confirmation() {
    return confirmation == null ? new Confirmation() : confirmation;
  }

  private Confirmation confirmationToChange() {
    if (confirmation == null) {
      confirmation = new Confirmation();
    }
    return confirmation;
  }

  private Requester requester() {
    return requester == null ? new Requester() : requester;
  }

  private Requester requesterToChange() {
    if (requester == null) {
      requester = new Requester();
    }
    return requester;
  }

  private Referral referral() {
    return referral == null ? new Referral() : referral;
  }

  private Referral referralToChange() {
    if (referral == null) {
      referral = new Referral();
    }
    return referral;
  }

  /** Never null in practice (calendar_sequence is NOT NULL), guarded all the same. */
  private Appointment appointment() {
    if (appointment == null) {
      appointment = new Appointment();
    }
    return appointment;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public RequestType getType() {
    return type;
  }

  public RequestStatus getStatus() {
    return status;
  }

  public Channel getChannel() {
    return channel;
  }

  public boolean isChannelGuaranteed() {
    return channelGuaranteed;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Client getClient() {
    return client;
  }

  public String getClaimedUic() {
    return requester().getClaimedUic();
  }

  public String getCompanyName() {
    return requester().getCompanyName();
  }

  public String getRequesterName() {
    return requester().getName();
  }

  public String getRequesterEmail() {
    return requester().getEmail();
  }

  public String getRequesterPhone() {
    return requester().getPhone();
  }

  public String getSubject() {
    return subject;
  }

  public String getDescription() {
    return description;
  }

  public Consent getConsent() {
    return consent;
  }

  public Instant getConfirmationDueAt() {
    return confirmation().getDueAt();
  }

  public Instant getConfirmedAt() {
    return confirmation().getConfirmedAt();
  }

  public String getConfirmedBy() {
    return confirmation().getConfirmedBy();
  }

  public String getConfirmationNote() {
    return confirmation().getNote();
  }

  public DeliveryMode getPreferredMode() {
    return preferredMode;
  }

  public DeliveryMode getDeliveryMode() {
    return appointment().getDeliveryMode();
  }

  public String getSiteAddress() {
    return appointment().getSiteAddress();
  }

  public String getRemoteTool() {
    return appointment().getRemoteTool();
  }

  public String getRemoteSessionId() {
    return appointment().getRemoteSessionId();
  }

  public User getConsultant() {
    return appointment().getConsultant();
  }

  public Instant getScheduledStart() {
    return appointment().getScheduledStart();
  }

  public Instant getScheduledEnd() {
    return appointment().getScheduledEnd();
  }

  public int getCalendarSequence() {
    return appointment().getCalendarSequence();
  }

  public boolean isExpressRequested() {
    return express().isRequested();
  }

  public Instant getExpressDueAt() {
    return express().getDueAt();
  }

  public Instant getExpressMetAt() {
    return express().getMetAt();
  }

  public Instant getExpressBreachedAt() {
    return express().getBreachedAt();
  }

  public Instant getExpressWarnedAt() {
    return express().getWarnedAt();
  }

  public IdentityChecks getIdentityChecks() {
    return identityChecks;
  }

  public Long getLicenceId() {
    return licenceChange().getLicenceId();
  }

  public Client getFromClient() {
    return licenceChange().getFromClient();
  }

  public Client getToClient() {
    return licenceChange().getToClient();
  }

  public String getLegalGround() {
    return licenceChange().getLegalGround();
  }

  public String getPdmReferences() {
    return licenceChange().getPdmReferences();
  }

  public String getProspectName() {
    return referral().getProspectName();
  }

  public String getProspectCompany() {
    return referral().getProspectCompany();
  }

  public String getProspectUic() {
    return referral().getProspectUic();
  }

  public String getProspectEmail() {
    return referral().getProspectEmail();
  }

  public Client getProspectClient() {
    return referral().getProspectClient();
  }

  public Instant getRewardRecordedAt() {
    return referral().getRewardRecordedAt();
  }

  public String getProspectPhone() {
    return referral().getProspectPhone();
  }

  public String getReferrerLanguage() {
    return referral().getReferrerLanguage();
  }

  public Instant getProspectRegisteredAt() {
    return referral().getProspectRegisteredAt();
  }

  public String getTopic() {
    return topic;
  }

  public String getProgrammeRef() {
    return programmeRef;
  }

  public Long getPhoneCallId() {
    return phoneCallId;
  }

  public boolean isBillable() {
    return billable;
  }

  public Instant getBillableSince() {
    return billableSince;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public List<Transition> getTransitions() {
    return List.copyOf(transitions);
  }

  public int getVersion() {
    return version;
  }
}
