package bg.omegasoft.organisation.view;

import bg.omegasoft.learning.entity.TrainingSession;
import bg.omegasoft.organisation.boundary.OnSiteBookings;
import bg.omegasoft.organisation.boundary.OrganisationSettings;
import bg.omegasoft.organisation.entity.Organisation;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * organisation/settings.xhtml: the vendor's details and the remote-only switch; while it is on, the
 * visits and sessions ahead still booked in person, each to be made remote or left as it is.
 */
@Named
@ViewScoped
public class OrganisationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OrganisationSettings settings;
  @EJB private OnSiteBookings onSite;

  private Organisation organisation;
  private OnSiteBookings.Ahead ahead;

  @Size(max = 60)
  private String tool;

  @Size(max = 300)
  private String onlineVenue;

  @PostConstruct
  void load() {
    organisation = settings.current();
    lookAhead();
  }

  public void save() {
    boolean wasOn = settings.remoteOnly();
    organisation = settings.update(organisation);
    Messages.info("saved");
    lookAhead();
    if (!wasOn && ahead != null && !ahead.isEmpty()) {
      Messages.warn("organisation.inPersonAhead", ahead.visits().size(), ahead.sessions().size());
    }
  }

  public void toRemote(ServiceRequest visit) {
    ServiceRequest converted = onSite.visitToRemote(visit.getId(), visit.getVersion(), tool);
    Messages.info("organisation.visitConverted", converted.getNumber());
    lookAhead();
  }

  public void online(TrainingSession session) {
    TrainingSession moved = onSite.sessionOnline(session.getId(), onlineVenue);
    Messages.info("organisation.sessionMoved", moved.getProgrammeVersion().getTitle());
    lookAhead();
  }

  private void lookAhead() {
    ahead = organisation.isRemoteOnly() ? onSite.ahead() : null;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public OnSiteBookings.Ahead getAhead() {
    return ahead;
  }

  public String getTool() {
    return tool;
  }

  public void setTool(String tool) {
    this.tool = tool;
  }

  public String getOnlineVenue() {
    return onlineVenue;
  }

  public void setOnlineVenue(String onlineVenue) {
    this.onlineVenue = onlineVenue;
  }
}
