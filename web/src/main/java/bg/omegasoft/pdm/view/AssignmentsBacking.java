package bg.omegasoft.pdm.view;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.pdm.boundary.SpaceAccess;
import bg.omegasoft.pdm.entity.StaffAssignment;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * pdm/assignments.xhtml (ADMIN): which of the vendor's people may enter which client's space. An
 * ADMIN assigns here but does not enter a space without being assigned too.
 */
@Named
@ViewScoped
public class AssignmentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Clients clients;
  @EJB private SpaceAccess access;

  private List<Client> allClients;
  private List<User> assignable;
  private Long clientId;
  private Long userId;
  private List<StaffAssignment> assignments = List.of();

  @PostConstruct
  void load() {
    allClients = clients.all();
    assignable = access.assignable();
  }

  public void showClient() {
    assignments = clientId == null ? List.of() : access.assignments(clientId);
  }

  public void assign() {
    if (clientId != null && userId != null) {
      access.assign(clientId, userId);
      Messages.info("pdm.assignment.added");
      userId = null;
    }
    showClient();
  }

  public void unassign(long assignedUserId) {
    access.unassign(clientId, assignedUserId);
    Messages.info("pdm.assignment.removed");
    showClient();
  }

  public List<Client> getClients() {
    return allClients;
  }

  public List<User> getAssignable() {
    return assignable;
  }

  public List<StaffAssignment> getAssignments() {
    return assignments;
  }

  public Long getClientId() {
    return clientId;
  }

  public void setClientId(Long clientId) {
    this.clientId = clientId;
  }

  public Long getUserId() {
    return userId;
  }

  public void setUserId(Long userId) {
    this.userId = userId;
  }
}
