package bg.omegasoft.assessment.view;

import bg.omegasoft.assessment.boundary.TestResults;
import bg.omegasoft.assessment.entity.Attempt;
import bg.omegasoft.assessment.entity.TestDefinition;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * assessment/results.xhtml: without ?test=, the tests with results the caller may see; with it, the
 * attempts at that test (a client administrator's own company only) with scores per topic.
 */
@Named
@ViewScoped
public class ResultsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private TestResults results;

  private Long test;
  private TestDefinition chosen;
  private List<TestDefinition> tests = List.of();
  private List<Attempt> attempts = List.of();

  public void load() {
    if (test == null) {
      tests = results.tests();
    } else {
      chosen = results.test(test);
      attempts = results.attempts(test);
    }
  }

  public TestDefinition getChosen() {
    return chosen;
  }

  public List<TestDefinition> getTests() {
    return tests;
  }

  public List<Attempt> getAttempts() {
    return attempts;
  }

  public Long getTest() {
    return test;
  }

  public void setTest(Long test) {
    this.test = test;
  }
}
