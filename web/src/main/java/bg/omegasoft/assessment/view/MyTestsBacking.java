package bg.omegasoft.assessment.view;

import bg.omegasoft.assessment.boundary.AttemptView;
import bg.omegasoft.assessment.boundary.Attempts;
import bg.omegasoft.assessment.boundary.AvailableTest;
import bg.omegasoft.assessment.entity.Attempt;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** assessment/my.xhtml: the tests open to me, starting or resuming one, my past attempts. */
@Named
@ViewScoped
public class MyTestsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Attempts attempts;

  private List<AvailableTest> available;
  private List<Attempt> mine;

  @PostConstruct
  void load() {
    available = attempts.available();
    mine = attempts.mine();
  }

  /** Starts (or resumes) an attempt and opens it. */
  public void start(long testId) {
    AttemptView attempt = attempts.start(testId);
    Pages.redirect("/assessment/attempt.xhtml?id=" + attempt.id());
  }

  public List<AvailableTest> getAvailable() {
    return available;
  }

  public List<Attempt> getMine() {
    return mine;
  }
}
