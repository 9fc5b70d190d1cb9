package bg.omegasoft.learning.view;

import bg.omegasoft.learning.boundary.PriceRates;
import bg.omegasoft.learning.boundary.Quotes;
import bg.omegasoft.learning.entity.PriceBreakdown;
import bg.omegasoft.learning.entity.PriceInput;
import bg.omegasoft.learning.entity.PriceRate;
import bg.omegasoft.learning.entity.Programme;
import bg.omegasoft.learning.entity.Quote;
import bg.omegasoft.learning.entity.SessionFormat;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The quote form on learning/programme.xhtml for an individual programme: the inputs of the price,
 * a preview with the formula's lines at today's rates, and creating the quote.
 */
@Named
@ViewScoped
public class QuoteFormBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Quotes quotes;
  @EJB private PriceRates rates;

  private Programme programme;
  private List<Quote> existing = List.of();
  private List<PriceRate> currentRates = List.of();
  private SessionFormat venue = SessionFormat.ONLINE;
  private BigDecimal hours;
  private int trainees = 8;
  private int distanceKm;
  private PriceBreakdown preview;

  /** Takes the programme the page shows; nothing to do for a standard one. */
  public void loadFor(Programme shown) {
    if (shown == null || shown.getClient() == null) {
      return;
    }
    programme = shown;
    existing = quotes.ofProgramme(shown.getId());
    currentRates = rates.all();
    hours = shown.current().map(v -> v.getHours()).orElse(null);
  }

  public void preview() {
    preview = quotes.preview(input());
  }

  public void create() throws IOException {
    Quote quote = quotes.create(programme.getId(), input());
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath() + "/learning/quote.xhtml?id=" + quote.getId());
  }

  private PriceInput input() {
    return new PriceInput(programme.getLevel(), venue, hours, trainees, distanceKm);
  }

  public SessionFormat[] getVenues() {
    return SessionFormat.values();
  }

  public List<Quote> getExisting() {
    return existing;
  }

  public List<PriceRate> getRates() {
    return currentRates;
  }

  public PriceBreakdown getPreview() {
    return preview;
  }

  public SessionFormat getVenue() {
    return venue;
  }

  public void setVenue(SessionFormat venue) {
    this.venue = venue;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public int getTrainees() {
    return trainees;
  }

  public void setTrainees(int trainees) {
    this.trainees = trainees;
  }

  public int getDistanceKm() {
    return distanceKm;
  }

  public void setDistanceKm(int distanceKm) {
    this.distanceKm = distanceKm;
  }
}
