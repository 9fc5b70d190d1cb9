package bg.omegasoft.learning.boundary;

import bg.omegasoft.billing.boundary.VatRates;
import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.learning.control.People;
import bg.omegasoft.learning.control.PriceCalculator;
import bg.omegasoft.learning.control.QuotePdf;
import bg.omegasoft.learning.entity.ModuleLine;
import bg.omegasoft.learning.entity.PriceBreakdown;
import bg.omegasoft.learning.entity.PriceInput;
import bg.omegasoft.learning.entity.Programme;
import bg.omegasoft.learning.entity.ProgrammeKind;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.learning.entity.Quote;
import bg.omegasoft.learning.entity.QuoteStatus;
import bg.omegasoft.messaging.boundary.Letter;
import bg.omegasoft.messaging.boundary.Outbox;
import bg.omegasoft.organisation.boundary.OrganisationSettings;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.control.SofiaTime;
import bg.omegasoft.shared.entity.Money;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Individual quotes: the vendor's people compute the price of an individual programme from the
 * rates (and may override it with a reason), send it to the client, whose administrator accepts or
 * declines it in the portal. An accepted quote is billable (for the billing capability) and lets
 * the programme be scheduled.
 */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
public class Quotes {

  static final String SUBJECT = "Quote";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private Outbox outbox;
  @EJB private AuditTrail audit;
  @EJB private PriceRates rates;
  @EJB private OrganisationSettings organisation;
  @EJB private VatRates vatRates;

  private final Clock clock = Clock.systemUTC();

  /** The price for the inputs at today's rates, without saving anything. */
  public PriceBreakdown preview(PriceInput input) {
    return new PriceCalculator(rates.current()).price(input);
  }

  /** A draft quote for the programme's published version; invalid inputs save nothing. */
  public Quote create(long programmeId, PriceInput input) {
    Programme programme = em.find(Programme.class, programmeId);
    if (programme == null || programme.getKind() != ProgrammeKind.INDIVIDUAL) {
      throw new NotFoundException("Programme", programmeId);
    }
    ProgrammeVersion version =
        programme
            .current()
            .orElseThrow(() -> new InvalidInputException("programme", "quote.notPublished"));
    PriceBreakdown priced = preview(input);
    Quote quote =
        new Quote(version, input, priced, vatToday(), caller(), Instant.now(clock), today());
    em.persist(quote);
    em.flush();
    quote.numberFrom(today().getYear());
    audit.record("QUOTE_CREATED", SUBJECT, quote.getId(), quote.getAmount().toPlainString());
    return quote;
  }

  public Quote override(long quoteId, BigDecimal amount, String reason) {
    Quote quote = find(quoteId);
    BigDecimal before = quote.getAmount();
    quote.override(amount, reason, vatToday());
    audit.record(
        "QUOTE_OVERRIDDEN", SUBJECT, quoteId, before + " -> " + quote.getAmount() + ": " + reason);
    return quote;
  }

  public Quote clearOverride(long quoteId) {
    Quote quote = find(quoteId);
    quote.clearOverride(vatToday());
    audit.record("QUOTE_OVERRIDE_CLEARED", SUBJECT, quoteId, null);
    return quote;
  }

  /**
   * Sends the quote to the client's administrators: they see it in the portal, and those with an
   * e-mail address receive the PDF once the sending is committed.
   */
  public Quote send(long quoteId) {
    Quote quote = find(quoteId);
    quote.send(caller(), Instant.now(clock));
    List<User> recipients =
        People.ofClient(em, quote.getClient().getId()).stream()
            .filter(u -> u.holds(Role.CLIENT_ADMIN) && u.getEmail() != null)
            .toList();
    audit.record(
        "QUOTE_SENT",
        SUBJECT,
        quoteId,
        quote.getClient().getName() + " " + recipients.stream().map(User::getEmail).toList());
    byte[] pdf = recipients.isEmpty() ? null : pdf(quote).content();
    for (User recipient : recipients) {
      outbox.queue(
          Letter.to(recipient.getEmail())
              .in(Locale.forLanguageTag(recipient.getLocale()))
              .template("learning.quote", quote.getNumber(), quote.getClient().getName())
              .once("learning-quote:" + quote.getNumber() + ":" + recipient.getId())
              .about("quote:" + quoteId)
              .forUser(recipient.getId())
              .attach(quote.getNumber() + ".pdf", "application/pdf", pdf));
    }
    return quote;
  }

  public Quote withdraw(long quoteId) {
    Quote quote = find(quoteId);
    quote.withdraw();
    audit.record("QUOTE_WITHDRAWN", SUBJECT, quoteId, null);
    return quote;
  }

  @RolesAllowed(Roles.CLIENT_ADMIN)
  public Quote accept(long quoteId) {
    Quote quote = mine(quoteId);
    quote.accept(caller(), Instant.now(clock), today());
    audit.record("QUOTE_ACCEPTED", SUBJECT, quoteId, quote.getTotal().toPlainString());
    return quote;
  }

  @RolesAllowed(Roles.CLIENT_ADMIN)
  public Quote decline(long quoteId, String reason) {
    Quote quote = mine(quoteId);
    quote.decline(caller(), Instant.now(clock), reason);
    audit.record("QUOTE_DECLINED", SUBJECT, quoteId, reason);
    return quote;
  }

  /** The quotes sent to the caller's company. */
  @RolesAllowed(Roles.CLIENT_ADMIN)
  public List<Quote> forMyCompany() {
    return em.createNamedQuery(Quote.FIND_FOR_CLIENT, Quote.class)
        .setParameter("clientId", me().getClientId())
        .getResultList();
  }

  public List<Quote> all() {
    return em.createNamedQuery(Quote.FIND_ALL, Quote.class).getResultList();
  }

  public List<Quote> ofProgramme(long programmeId) {
    return em.createNamedQuery(Quote.FIND_BY_PROGRAMME, Quote.class)
        .setParameter("programmeId", programmeId)
        .getResultList();
  }

  /** Accepted quotes not yet invoiced: what the billing capability will invoice. */
  @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
  public List<Quote> billable() {
    return all().stream()
        .filter(q -> q.isBillable() && q.getStatus() == QuoteStatus.ACCEPTED)
        .toList();
  }

  public Quote find(long quoteId) {
    Quote quote = em.find(Quote.class, quoteId);
    if (quote == null) {
      throw new NotFoundException(SUBJECT, quoteId);
    }
    return quote;
  }

  /** A quote as its reader may see it: the vendor's people any, a client's administrator theirs. */
  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN, Roles.CLIENT_ADMIN})
  public Quote view(long quoteId) {
    if (session.isCallerInRole(Roles.TRAINER)
        || session.isCallerInRole(Roles.STAFF)
        || session.isCallerInRole(Roles.ADMIN)) {
      return find(quoteId);
    }
    return mine(quoteId);
  }

  /** The quote as a PDF in Bulgarian. */
  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN, Roles.CLIENT_ADMIN})
  public FileDownload pdf(long quoteId) {
    return pdf(view(quoteId));
  }

  private FileDownload pdf(Quote quote) {
    List<ModuleLine> modules =
        quote.getProgrammeVersion().getModules().stream()
            .map(m -> new ModuleLine(m.getTitle(), m.getHours()))
            .toList();
    byte[] content = QuotePdf.render(quote, organisation.current(), modules);
    return new FileDownload(quote.getNumber() + ".pdf", "application/pdf", content);
  }

  private Quote mine(long quoteId) {
    Quote quote = em.find(Quote.class, quoteId);
    User me = me();
    if (quote == null
        || quote.getStatus() == QuoteStatus.DRAFT
        || me.getClientId() == null
        || !me.getClientId().equals(quote.getClient().getId())) {
      throw new NotFoundException(SUBJECT, quoteId);
    }
    return quote;
  }

  private User me() {
    return People.byUsername(em, caller());
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private static LocalDate today() {
    return LocalDate.now(SofiaTime.ZONE);
  }

  /** VAT at the rate in force today (billing's dated rates), as the invoice will charge it. */
  private UnaryOperator<BigDecimal> vatToday() {
    BigDecimal rate = vatRates.percentOn(today());
    return net -> Money.vatOf(net, rate);
  }
}
