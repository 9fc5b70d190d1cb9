package bg.omegasoft.organisation.view;

import bg.omegasoft.organisation.boundary.OrganisationSettings;
import bg.omegasoft.organisation.entity.Organisation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The organisation's details for every page (footer, contacts, the remote-only notice). Read once
 * per request; when the database is unreachable the pages still render, without these details.
 */
@Named
@RequestScoped
public class OrganisationView {

  private static final Logger LOG = Logger.getLogger(OrganisationView.class.getName());

  @EJB private OrganisationSettings settings;

  private Organisation organisation;

  @PostConstruct
  void load() {
    try {
      organisation = settings.current();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Organisation details unavailable", e);
    }
  }

  public Organisation getOrganisation() {
    return organisation;
  }
}
