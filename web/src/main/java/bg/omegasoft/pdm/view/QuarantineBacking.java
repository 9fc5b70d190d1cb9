package bg.omegasoft.pdm.view;

import bg.omegasoft.pdm.boundary.Quarantine;
import bg.omegasoft.pdm.boundary.SpaceSummary;
import bg.omegasoft.pdm.boundary.Spaces;
import bg.omegasoft.pdm.entity.QuarantinedFile;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * pdm/quarantine.xhtml: e-mail attachments of unknown senders, held encrypted for a short time;
 * staff release one into a client's space they may enter, or delete it.
 */
@Named
@ViewScoped
public class QuarantineBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Quarantine quarantine;
  @EJB private Spaces spaces;

  private List<QuarantinedFile> held;
  private List<SpaceSummary> targets;
  private Long targetClientId;

  @PostConstruct
  void load() {
    held = quarantine.held();
    targets = spaces.mine();
  }

  public void release(long id) {
    if (targetClientId == null) {
      Messages.warn("pdm.quarantine.chooseSpace");
      return;
    }
    quarantine.release(id, targetClientId);
    Messages.info("pdm.quarantine.released");
    load();
  }

  public void delete(long id) {
    quarantine.delete(id);
    Messages.info("pdm.quarantine.deleted");
    load();
  }

  public List<QuarantinedFile> getHeld() {
    return held;
  }

  public List<SpaceSummary> getTargets() {
    return targets;
  }

  public Long getTargetClientId() {
    return targetClientId;
  }

  public void setTargetClientId(Long targetClientId) {
    this.targetClientId = targetClientId;
  }
}
