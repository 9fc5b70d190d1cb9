package bg.omegasoft.learning.view;

import bg.omegasoft.learning.boundary.Catalogue;
import bg.omegasoft.learning.boundary.CatalogueEntry;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** public/catalogue.xhtml: the published standard programmes for anyone, without signing in. */
@Named
@RequestScoped
public class CatalogueBacking {

  @EJB private Catalogue catalogue;

  private List<CatalogueEntry> entries;

  @PostConstruct
  void load() {
    entries = catalogue.entries();
  }

  public List<CatalogueEntry> getEntries() {
    return entries;
  }
}
