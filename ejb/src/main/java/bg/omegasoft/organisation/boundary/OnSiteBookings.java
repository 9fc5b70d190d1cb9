package bg.omegasoft.organisation.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.learning.boundary.TrainingSessions;
import bg.omegasoft.learning.entity.TrainingSession;
import bg.omegasoft.servicedesk.boundary.Dispatch;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;

/**
 * What was booked in person before the remote-only policy was switched on: visits on site of the
 * service desk and classroom or on-site training sessions still ahead. Staff choose which become
 * remote; the clients get an updated invitation, the trainees an e-mail. The rest go ahead in
 * person and stay listed with a warning while the policy is on.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class OnSiteBookings {

  @EJB private Dispatch dispatch;
  @EJB private TrainingSessions sessions;

  /** The visits and sessions ahead that still take place in person. */
  public Ahead ahead() {
    return new Ahead(dispatch.visitsAhead(), sessions.inPersonAhead());
  }

  /** The visit becomes a remote session with the tool; the client gets the updated invitation. */
  public ServiceRequest visitToRemote(long requestId, int version, String tool) {
    return dispatch.convertToRemote(requestId, version, tool);
  }

  /** The session moves online to the given place; its trainees are told by e-mail. */
  public TrainingSession sessionOnline(long sessionId, String onlineVenue) {
    return sessions.moveOnline(sessionId, onlineVenue);
  }

  /** Visits on site and in-person sessions still ahead, earliest first. */
  public record Ahead(List<ServiceRequest> visits, List<TrainingSession> sessions) {

    public boolean isEmpty() {
      return visits.isEmpty() && sessions.isEmpty();
    }
  }
}
