package bg.omegasoft.learning.entity;

import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.shared.boundary.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * The individual price offered to a client for an individual programme version: the computed price
 * with its breakdown, an optional override by staff with a reason, VAT and total. Sent to the
 * client's administrator, who accepts or declines it; an accepted quote is billable.
 */
@Entity
@Table(name = "quote")
@NamedQuery(
    name = Quote.FIND_BY_PROGRAMME,
    query = "select q from Quote q where q.programme.id = :programmeId order by q.id desc")
@NamedQuery(
    name = Quote.FIND_FOR_CLIENT,
    query =
        "select q from Quote q where q.client.id = :clientId and q.status <>"
            + " bg.omegasoft.learning.entity.QuoteStatus.DRAFT order by q.id desc")
@NamedQuery(name = Quote.FIND_ALL, query = "select q from Quote q order by q.id desc")
public class Quote {

  public static final String FIND_BY_PROGRAMME = "Quote.findByProgramme";
  public static final String FIND_FOR_CLIENT = "Quote.findForClient";
  public static final String FIND_ALL = "Quote.findAll";
  public static final int VALID_DAYS = 30;
  static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000.00");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String number;

  @ManyToOne(optional = false)
  @JoinColumn(name = "programme_id")
  private Programme programme;

  @ManyToOne(optional = false)
  @JoinColumn(name = "version_id")
  private ProgrammeVersion programmeVersion;

  @ManyToOne(optional = false)
  @JoinColumn(name = "client_id")
  private Client client;

  @Enumerated(EnumType.STRING)
  private QuoteStatus status;

  @Enumerated(EnumType.STRING)
  private SessionFormat venue;

  private int trainees;

  @Column(name = "distance_km")
  private int distanceKm;

  private BigDecimal hours;

  private int days;

  private String breakdown;

  @Column(name = "computed_amount")
  private BigDecimal computedAmount;

  @Column(name = "override_amount")
  private BigDecimal overrideAmount;

  @Column(name = "override_reason")
  private String overrideReason;

  private BigDecimal amount;

  private BigDecimal vat;

  private BigDecimal total;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "sent_by")
  private String sentBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decline_reason")
  private String declineReason;

  private boolean billable;

  @Version private int version;

  protected Quote() {}

  /** A draft quote for the version with the computed price; {@code vat} computes VAT. */
  public Quote(
      ProgrammeVersion programmeVersion,
      PriceInput input,
      PriceBreakdown priced,
      UnaryOperator<BigDecimal> vatOf,
      String who,
      Instant now,
      LocalDate today) {
    this.programme = programmeVersion.getProgramme();
    this.programmeVersion = programmeVersion;
    this.client = programme.getClient();
    this.status = QuoteStatus.DRAFT;
    this.venue = input.venue();
    this.trainees = input.trainees();
    this.distanceKm = input.distanceKm();
    this.hours = input.hours();
    this.days = priced.days();
    this.breakdown = priced.toText();
    this.computedAmount = priced.total();
    this.createdAt = now;
    this.createdBy = who;
    this.validUntil = today.plusDays(VALID_DAYS);
    this.number = "tmp-" + java.util.UUID.randomUUID().toString().replace("-", "");
    settle(computedAmount, vatOf);
  }

  /** The quote number once the id is known: Q-2026-000042. */
  public void numberFrom(int year) {
    this.number = String.format("Q-%d-%06d", year, id);
  }

  /** Staff replace the computed price with their own (a reason is required). */
  public void override(BigDecimal newAmount, String reason, UnaryOperator<BigDecimal> vatOf) {
    requireStatus(QuoteStatus.DRAFT);
    if (newAmount == null || newAmount.signum() <= 0 || newAmount.compareTo(MAX_AMOUNT) > 0) {
      throw new InvalidInputException("overrideAmount", "quote.overrideRange");
    }
    if (reason == null || reason.strip().length() < 5 || reason.strip().length() > 500) {
      throw new InvalidInputException("overrideReason", "quote.overrideReasonRequired");
    }
    this.overrideAmount = newAmount.setScale(2, RoundingMode.HALF_UP);
    this.overrideReason = reason.strip();
    settle(overrideAmount, vatOf);
  }

  public void clearOverride(UnaryOperator<BigDecimal> vatOf) {
    requireStatus(QuoteStatus.DRAFT);
    this.overrideAmount = null;
    this.overrideReason = null;
    settle(computedAmount, vatOf);
  }

  private void settle(BigDecimal net, UnaryOperator<BigDecimal> vatOf) {
    this.amount = net.setScale(2, RoundingMode.HALF_UP);
    this.vat = vatOf.apply(amount);
    this.total = amount.add(vat);
  }

  /**
   * Whether the quote is still being prepared, so it may be changed and sent (see {@link #send}).
   */
  public boolean canSend() {
    return status == QuoteStatus.DRAFT;
  }

  /** Whether the client may accept or decline it (see {@link #accept}). */
  public boolean canDecide() {
    return status == QuoteStatus.SENT;
  }

  /** Whether staff may withdraw it (see {@link #withdraw}). */
  public boolean canWithdraw() {
    return status == QuoteStatus.DRAFT || status == QuoteStatus.SENT;
  }

  public void send(String who, Instant now) {
    requireStatus(QuoteStatus.DRAFT);
    this.status = QuoteStatus.SENT;
    this.sentAt = now;
    this.sentBy = who;
  }

  /** The client accepts: the quote becomes billable, recorded with time and person. */
  public void accept(String who, Instant now, LocalDate today) {
    requireStatus(QuoteStatus.SENT);
    if (today.isAfter(validUntil)) {
      throw new QuoteStateException(status);
    }
    this.status = QuoteStatus.ACCEPTED;
    this.decidedAt = now;
    this.decidedBy = who;
    this.billable = true;
  }

  public void decline(String who, Instant now, String reason) {
    requireStatus(QuoteStatus.SENT);
    if (reason != null && reason.length() > 500) {
      throw new InvalidInputException("declineReason", "quote.declineReasonTooLong");
    }
    this.status = QuoteStatus.DECLINED;
    this.decidedAt = now;
    this.decidedBy = who;
    this.declineReason = reason == null || reason.isBlank() ? null : reason.strip();
  }

  public void withdraw() {
    if (status != QuoteStatus.DRAFT && status != QuoteStatus.SENT) {
      throw new QuoteStateException(status);
    }
    this.status = QuoteStatus.WITHDRAWN;
  }

  private void requireStatus(QuoteStatus expected) {
    if (status != expected) {
      throw new QuoteStateException(status);
    }
  }

  public PriceBreakdown getBreakdownLines() {
    return PriceBreakdown.fromText(breakdown);
  }

  public boolean isOverridden() {
    return overrideAmount != null;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public Programme getProgramme() {
    return programme;
  }

  public ProgrammeVersion getProgrammeVersion() {
    return programmeVersion;
  }

  public Client getClient() {
    return client;
  }

  public QuoteStatus getStatus() {
    return status;
  }

  public SessionFormat getVenue() {
    return venue;
  }

  public int getTrainees() {
    return trainees;
  }

  public int getDistanceKm() {
    return distanceKm;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public int getDays() {
    return days;
  }

  public BigDecimal getComputedAmount() {
    return computedAmount;
  }

  public BigDecimal getOverrideAmount() {
    return overrideAmount;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public BigDecimal getVat() {
    return vat;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public boolean isBillable() {
    return billable;
  }
}
