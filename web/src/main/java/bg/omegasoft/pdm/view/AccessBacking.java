package bg.omegasoft.pdm.view;

import bg.omegasoft.identity.entity.User;
import bg.omegasoft.pdm.boundary.SpaceAccess;
import bg.omegasoft.pdm.boundary.SpaceSummary;
import bg.omegasoft.pdm.boundary.Spaces;
import bg.omegasoft.pdm.entity.AccessGrant;
import bg.omegasoft.pdm.entity.StaffAssignment;
import bg.omegasoft.shared.web.LanguageSelection;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * pdm/access.xhtml?client=: who may enter a space. The client's administrators let users of their
 * company in or out and set how long files are kept; they and the assigned vendor people see which
 * of the vendor's people may open the data.
 */
@Named
@ViewScoped
public class AccessBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Spaces spaces;
  @EJB private SpaceAccess access;
  @Inject private LanguageSelection language;

  private Long clientId;
  private SpaceSummary space;
  private List<AccessGrant> grants;
  private List<StaffAssignment> staff;
  private List<User> candidates;
  private Long candidateId;
  private Integer retentionDays;

  public void load() {
    ViewLanguage.apply(language);
    if (clientId == null) {
      return;
    }
    space = spaces.open(clientId);
    grants = access.grants(clientId);
    staff = access.staff(clientId);
    candidates = space.access().mayManageAccess() ? access.grantCandidates(clientId) : List.of();
    retentionDays = space.retentionDays();
  }

  public void grant() {
    if (candidateId != null) {
      access.grant(clientId, candidateId);
      Messages.info("pdm.access.granted");
      candidateId = null;
    }
    load();
  }

  public void revoke(long userId) {
    access.revoke(clientId, userId);
    Messages.info("pdm.access.revoked");
    load();
  }

  public void saveRetention() {
    spaces.keepFilesFor(clientId, retentionDays);
    Messages.info("saved");
    load();
  }

  public Long getClientId() {
    return clientId;
  }

  public void setClientId(Long clientId) {
    this.clientId = clientId;
  }

  public SpaceSummary getSpace() {
    return space;
  }

  public List<AccessGrant> getGrants() {
    return grants;
  }

  public List<StaffAssignment> getStaff() {
    return staff;
  }

  public List<User> getCandidates() {
    return candidates;
  }

  public Long getCandidateId() {
    return candidateId;
  }

  public void setCandidateId(Long candidateId) {
    this.candidateId = candidateId;
  }

  public Integer getRetentionDays() {
    return retentionDays;
  }

  public void setRetentionDays(Integer retentionDays) {
    this.retentionDays = retentionDays;
  }
}
