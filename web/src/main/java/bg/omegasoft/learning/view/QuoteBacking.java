package bg.omegasoft.learning.view;

import bg.omegasoft.learning.boundary.Quotes;
import bg.omegasoft.learning.entity.Quote;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * learning/quote.xhtml: a quote with its price lines; the vendor's people override, send or
 * withdraw it; the client's administrator accepts or declines it.
 */
@Named
@ViewScoped
public class QuoteBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Quotes quotes;

  private Long id;
  private Quote quote;
  private BigDecimal overrideAmount;

  @Size(max = 500)
  private String overrideReason;

  @Size(max = 500)
  private String declineReason;

  public void load() {
    if (id == null) {
      throw new NotFoundException("Quote", "?");
    }
    quote = quotes.view(id);
  }

  public void override() {
    quote = quotes.override(id, overrideAmount, overrideReason);
    Messages.info("saved");
  }

  public void clearOverride() {
    quote = quotes.clearOverride(id);
  }

  public void send() {
    quote = quotes.send(id);
    Messages.info("quote.sentInfo", quote.getClient().getName());
  }

  public void withdraw() {
    quote = quotes.withdraw(id);
  }

  public void accept() {
    quote = quotes.accept(id);
    Messages.info("quote.acceptedInfo");
  }

  public void decline() {
    quote = quotes.decline(id, declineReason);
    Messages.info("quote.declinedInfo");
  }

  public Quote getQuote() {
    return quote;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public BigDecimal getOverrideAmount() {
    return overrideAmount;
  }

  public void setOverrideAmount(BigDecimal overrideAmount) {
    this.overrideAmount = overrideAmount;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public void setOverrideReason(String overrideReason) {
    this.overrideReason = overrideReason;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public void setDeclineReason(String declineReason) {
    this.declineReason = declineReason;
  }
}
