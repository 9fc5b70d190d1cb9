package bg.omegasoft.learning.view;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.learning.boundary.Quotes;
import bg.omegasoft.learning.entity.Quote;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/** learning/quotes.xhtml: all quotes for the vendor's people, the company's own for its admin. */
@Named
@RequestScoped
public class QuotesBacking {

  @EJB private Quotes quotes;

  private List<Quote> shown;

  @PostConstruct
  void load() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    boolean vendor =
        external.isUserInRole(Roles.TRAINER)
            || external.isUserInRole(Roles.STAFF)
            || external.isUserInRole(Roles.ADMIN);
    shown = vendor ? quotes.all() : quotes.forMyCompany();
  }

  public List<Quote> getShown() {
    return shown;
  }
}
