package bg.omegasoft.assessment.view;

import bg.omegasoft.assessment.boundary.Attempts;
import bg.omegasoft.assessment.boundary.ResultView;
import bg.omegasoft.assessment.boundary.TestResults;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * assessment/result.xhtml: an attempt's result. The trainee sees their own (the answers once the
 * window has closed, if the test allows it); trainers, staff and client administrators see the
 * attempts they may see (trainers with the answers).
 */
@Named
@ViewScoped
public class ResultBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Attempts attempts;
  @EJB private TestResults results;

  private Long id;
  private ResultView result;
  private boolean own;

  public void load() {
    if (id == null) {
      throw new NotFoundException("Attempt", "?");
    }
    if (Pages.inRole(Roles.TRAINEE)) {
      try {
        result = attempts.result(id);
        own = true;
        return;
      } catch (NotFoundException | EJBAccessException e) {
        if (!staff()) {
          throw e;
        }
      }
    }
    result = results.result(id);
  }

  private static boolean staff() {
    return Pages.inRole(Roles.TRAINER)
        || Pages.inRole(Roles.STAFF)
        || Pages.inRole(Roles.ADMIN)
        || Pages.inRole(Roles.CLIENT_ADMIN);
  }

  public ResultView getResult() {
    return result;
  }

  public boolean isOwn() {
    return own;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
