package bg.omegasoft.contracts.view;

import bg.omegasoft.contracts.boundary.Contracts;
import bg.omegasoft.contracts.boundary.MyContracts;
import bg.omegasoft.contracts.boundary.NeedsAssessments;
import bg.omegasoft.contracts.entity.Assessment;
import bg.omegasoft.contracts.entity.Contract;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * contracts/contracts.xhtml: the contracts and the needs assessments awaiting a decision; a client
 * administrator sees the company's concluded contracts only.
 */
@Named
@ViewScoped
public class ContractsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Contracts contracts;
  @EJB private NeedsAssessments needsAssessments;
  @EJB private MyContracts myContracts;
  @Inject private ExternalContext external;

  private List<Contract> all;
  private List<Assessment> assessments = List.of();

  @PostConstruct
  void load() {
    if (external.isUserInRole("STAFF")
        || external.isUserInRole("ADMIN")
        || external.isUserInRole("FINANCE")) {
      all = contracts.all();
      assessments = needsAssessments.assessments();
    } else {
      all = myContracts.mine();
    }
  }

  public List<Contract> getAll() {
    return all;
  }

  public List<Assessment> getAssessments() {
    return assessments;
  }
}
