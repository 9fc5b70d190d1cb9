package bg.omegasoft.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.billing.boundary.NightlyInvoicing;
import bg.omegasoft.billing.boundary.NightlyInvoicing.Proposal;
import bg.omegasoft.billing.control.PriceBookCache;
import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.it.support.AsClientAdmin;
import bg.omegasoft.it.support.AsFinance;
import bg.omegasoft.it.support.AsStaff;
import bg.omegasoft.it.support.AsTrainer;
import bg.omegasoft.it.support.BillingData;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.learning.boundary.Catalogue;
import bg.omegasoft.learning.boundary.CatalogueEntry;
import bg.omegasoft.learning.boundary.IndividualProgrammes;
import bg.omegasoft.learning.boundary.Lessons;
import bg.omegasoft.learning.boundary.Products;
import bg.omegasoft.learning.boundary.ProgrammeModules;
import bg.omegasoft.learning.boundary.Programmes;
import bg.omegasoft.learning.boundary.Quotes;
import bg.omegasoft.learning.boundary.TrainingSessions;
import bg.omegasoft.learning.entity.BusinessProcess;
import bg.omegasoft.learning.entity.Level;
import bg.omegasoft.learning.entity.PriceInput;
import bg.omegasoft.learning.entity.Programme;
import bg.omegasoft.learning.entity.ProgrammeModule;
import bg.omegasoft.learning.entity.Publication;
import bg.omegasoft.learning.entity.Quote;
import bg.omegasoft.learning.entity.QuoteNotAcceptedException;
import bg.omegasoft.learning.entity.QuoteStatus;
import bg.omegasoft.learning.entity.SessionFormat;
import bg.omegasoft.learning.entity.TrainingSession.SessionPlan;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.control.SofiaTime;
import bg.omegasoft.shared.entity.Money;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An individual programme from needs analysis to an accepted, billable quote: absurd inputs save
 * nothing, staff override with a reason, the client administrator accepts in the portal, and only
 * then the programme can be scheduled.
 */
@ExtendWith(ArquillianExtension.class)
class QuotesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(QuotesIT.class);
  }

  @EJB IndividualProgrammes individuals;
  @EJB Programmes programmes;
  @EJB ProgrammeModules modules;
  @EJB Lessons lessons;
  @EJB Products products;
  @EJB Clients clients;
  @EJB Quotes quotes;
  @EJB TrainingSessions sessions;
  @EJB AsTrainer asTrainer;
  @EJB AsStaff asStaff;
  @EJB AsClientAdmin asClientAdmin;
  @EJB AsFinance asFinance;
  @EJB Catalogue catalogue;
  @EJB NightlyInvoicing invoicing;
  @Inject Event<PriceBookCache.Changed> priceBookChanged;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource db;

  @PersistenceContext(unitName = "omex")
  EntityManager em;

  @Test
  void fromNeedsAnalysisToAnAcceptedBillableQuote() {
    Programme programme = individualForDemetra();
    assertFalse(
        asTrainer.call(() -> individuals.entryTestResults(programme.getClient().getId())).isEmpty(),
        "the entry tests of Деметра Агро's staff (demo data of the assessment capability)");

    long quotesBefore = count();
    InvalidInputException absurd =
        assertThrows(
            InvalidInputException.class,
            () ->
                asStaff.call(
                    () ->
                        quotes.create(
                            programme.getId(),
                            new PriceInput(
                                Level.ADVANCED,
                                SessionFormat.ONLINE,
                                new BigDecimal("12"),
                                -4,
                                0))));
    assertEquals("trainees", absurd.fieldKeys().keySet().iterator().next());
    assertThrows(
        InvalidInputException.class,
        () ->
            asStaff.call(
                () ->
                    quotes.create(
                        programme.getId(),
                        new PriceInput(
                            Level.ADVANCED,
                            SessionFormat.ONLINE,
                            new BigDecimal("100000"),
                            4,
                            0))));
    assertEquals(quotesBefore, count(), "nothing saved");

    Quote quote =
        asStaff.call(
            () ->
                quotes.create(
                    programme.getId(),
                    new PriceInput(
                        Level.ADVANCED, SessionFormat.ONLINE, new BigDecimal("12"), 8, 0)));
    assertEquals(QuoteStatus.DRAFT, quote.getStatus());
    assertTrue(quote.getNumber().matches("Q-\\d{4}-\\d{6}"), quote.getNumber());
    assertEquals(0, quote.getComputedAmount().compareTo(quote.getAmount()));

    assertThrows(
        InvalidInputException.class,
        () -> asStaff.call(() -> quotes.override(quote.getId(), new BigDecimal("-5"), "отстъпка")));
    Quote overridden =
        asStaff.call(
            () -> quotes.override(quote.getId(), new BigDecimal("1000.00"), "Дългогодишен клиент"));
    assertEquals(new BigDecimal("200.00"), overridden.getVat());
    assertEquals(new BigDecimal("1200.00"), overridden.getTotal());

    assertThrows(QuoteNotAcceptedException.class, () -> schedule(programme));

    asStaff.call(() -> quotes.send(quote.getId()));
    assertTrue(
        asClientAdmin.call(() -> quotes.forMyCompany()).stream()
            .anyMatch(q -> q.getId().equals(quote.getId())));
    byte[] pdf = asClientAdmin.call(() -> quotes.pdf(quote.getId()).content());
    assertEquals("%PDF", new String(pdf, 0, 4));

    Quote accepted = asClientAdmin.call(() -> quotes.accept(quote.getId()));
    assertEquals(QuoteStatus.ACCEPTED, accepted.getStatus());
    assertTrue(accepted.isBillable());
    assertEquals("clientadmin", accepted.getDecidedBy());
    assertNotNull(accepted.getDecidedAt());
    assertTrue(
        asFinance.call(() -> quotes.billable()).stream()
            .anyMatch(q -> q.getId().equals(quote.getId())),
        "billing sees the accepted quote");

    assertNotNull(schedule(programme).getId(), "an accepted quote lets the programme be scheduled");
  }

  @Test
  void aClientAdministratorCannotSeeDraftsNorDecideTwice() {
    Programme programme = individualForDemetra();
    Quote quote =
        asTrainer.call(
            () ->
                quotes.create(
                    programme.getId(),
                    new PriceInput(
                        Level.ADVANCED, SessionFormat.CLASSROOM, new BigDecimal("6"), 3, 0)));
    assertThrows(
        bg.omegasoft.shared.boundary.NotFoundException.class,
        () -> asClientAdmin.call(() -> quotes.accept(quote.getId())));
    asTrainer.call(() -> quotes.send(quote.getId()));
    asClientAdmin.call(() -> quotes.decline(quote.getId(), "Твърде рано за нас"));
    assertThrows(
        bg.omegasoft.learning.entity.QuoteStateException.class,
        () -> asClientAdmin.call(() -> quotes.accept(quote.getId())));
    assertThrows(EJBAccessException.class, () -> asClientAdmin.call(() -> quotes.all()));
  }

  /**
   * VAT comes from billing's dated rates everywhere: with a (made-up) rate of 22 % in force today,
   * the catalogue's price with VAT, a new quote and the preview of an invoice all charge 22 %.
   */
  @Test
  void aVatChangeReachesTheCatalogueTheQuoteAndTheInvoiceAlike() {
    BillingData data = new BillingData(db);
    LocalDate today = LocalDate.now(SofiaTime.ZONE);
    BigDecimal changed = new BigDecimal("22.00");
    data.update("INSERT INTO vat_rate (valid_from, rate) VALUES (?, ?)", today, changed);
    priceBookChanged.fire(new PriceBookCache.Changed());
    try {
      for (CatalogueEntry entry : catalogue.entries()) {
        assertEquals(
            Money.of(entry.price()).withVatAt(changed).amount(),
            entry.priceWithVat(),
            entry.title());
      }

      Programme programme = individualForDemetra();
      Quote quote =
          asTrainer.call(
              () ->
                  quotes.create(
                      programme.getId(),
                      new PriceInput(
                          Level.ADVANCED, SessionFormat.ONLINE, new BigDecimal("8"), 6, 0)));
      assertEquals(Money.vatOf(quote.getAmount(), changed), quote.getVat());

      long client = data.client("ДДС Проба");
      data.remote(client, today, 60);
      Proposal preview = asFinance.call(() -> invoicing.propose(client, today));
      assertEquals(Money.vatOf(preview.taxBase(), changed), preview.vat());
      assertTrue(preview.vat().signum() > 0, "the remote hour is priced");
    } finally {
      data.update("DELETE FROM vat_rate WHERE valid_from = ?", today);
      priceBookChanged.fire(new PriceBookCache.Changed());
    }
  }

  private Programme individualForDemetra() {
    return asTrainer.call(
        () -> {
          long demetra =
              clients.all().stream()
                  .filter(c -> c.getUic().equals("201234563"))
                  .findFirst()
                  .orElseThrow()
                  .getId();
          long payroll =
              products.all().stream()
                  .filter(p -> p.getCode().equals("PAYROLL"))
                  .findFirst()
                  .orElseThrow()
                  .getId();
          Programme created =
              individuals.create(
                  demetra, payroll, Level.ADVANCED, LearningFixtures.unique("Сезонна заетост"));
          individuals.recordNeeds(
              created.getId(),
              EnumSet.of(BusinessProcess.HIRING, BusinessProcess.MONTHLY_PAYROLL),
              "Сезонни работници");
          long draft = created.latest().getId();
          ProgrammeModule standard = individuals.standardModules().get(0);
          individuals.adoptStandardModule(draft, standard.getId());
          ProgrammeModule custom =
              modules.addModule(draft, "Еднодневни договори", null, new BigDecimal("4"), null);
          lessons.addLesson(custom.getId(), "Чл. 114а КТ");
          programmes.publish(created.getId(), Publication.firstEdition(LocalDate.now()));
          Programme done = programmes.find(created.getId());
          assertEquals(2, done.current().orElseThrow().getModules().size());
          assertTrue(done.current().orElseThrow().getModules().get(1).isCustom());
          return done;
        });
  }

  private bg.omegasoft.learning.entity.TrainingSession schedule(Programme programme) {
    return asTrainer.call(
        () -> {
          LocalDate start = LocalDate.now().plusDays(30);
          return sessions.schedule(
              programmes.find(programme.getId()).current().orElseThrow().getId(),
              new SessionPlan(
                  start,
                  start,
                  LocalTime.of(9, 0),
                  LocalTime.of(17, 0),
                  SessionFormat.ONLINE,
                  "Онлайн",
                  8),
              sessions.trainers().get(0).getId());
        });
  }

  private long count() {
    return ((Number) em.createNativeQuery("select count(*) from quote").getSingleResult())
        .longValue();
  }
}
