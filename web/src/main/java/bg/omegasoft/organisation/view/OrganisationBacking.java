package bg.omegasoft.organisation.view;

import bg.omegasoft.organisation.boundary.OrganisationSettings;
import bg.omegasoft.organisation.entity.Organisation;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** organisation/settings.xhtml: the vendor's details and the remote-only switch. */
@Named
@ViewScoped
public class OrganisationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OrganisationSettings settings;

  private Organisation organisation;

  @PostConstruct
  void load() {
    organisation = settings.current();
  }

  public void save() {
    organisation = settings.update(organisation);
    Messages.info("saved");
  }

  public Organisation getOrganisation() {
    return organisation;
  }
}
