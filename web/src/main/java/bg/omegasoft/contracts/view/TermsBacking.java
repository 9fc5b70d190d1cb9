package bg.omegasoft.contracts.view;

import bg.omegasoft.contracts.boundary.Contracts;
import bg.omegasoft.contracts.boundary.NeedsAssessments;
import bg.omegasoft.contracts.entity.Assessment;
import bg.omegasoft.contracts.entity.Contract;
import bg.omegasoft.contracts.entity.ContractStatus;
import bg.omegasoft.contracts.entity.Scope;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * contracts/terms.xhtml: the scope and price of a contract. With {@code ?assessment=} it drafts a
 * new contract; with {@code ?contract=} it changes a draft, or amends a concluded contract from a
 * date with a reason (a new version of the terms).
 */
@Named
@ViewScoped
public class TermsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Contracts contracts;
  @EJB private NeedsAssessments needsAssessments;

  private Long assessmentId;
  private Long contractId;
  private Assessment assessment;
  private Contract contract;
  private final TermsForm form = new TermsForm();

  /** f:viewAction: the assessment to draft from, or the contract to change, with its terms. */
  public void load() {
    if (contractId != null) {
      contract = contracts.find(contractId);
      assessment = contract.getAssessment();
      form.fill(contract, contract.latestTerms());
    } else if (assessmentId != null) {
      assessment = needsAssessments.assessment(assessmentId);
    } else {
      throw new NotFoundException("NeedsAssessment", "?");
    }
  }

  public String save() {
    Scope scope = form.scope();
    Contract saved;
    if (contract == null) {
      saved = contracts.draft(assessmentId, form.contractForm(scope));
    } else if (isAmendment()) {
      saved =
          contracts.amend(
              contractId, contract.getVersion(), form.getEffectiveFrom(), scope, form.getReason());
    } else {
      saved = contracts.changeDraft(contractId, contract.getVersion(), form.contractForm(scope));
    }
    Messages.info("saved");
    Messages.keepForRedirect();
    return "contract?faces-redirect=true&id=" + saved.getId();
  }

  public boolean isAmendment() {
    return contract != null && contract.getStatus() == ContractStatus.CONCLUDED;
  }

  public List<String> getServiceTypes() {
    return ContractChoices.serviceTypes();
  }

  public List<String> getFeePeriods() {
    return ContractChoices.feePeriods();
  }

  public List<String> getAreas() {
    return ContractChoices.areas();
  }

  public Assessment getAssessment() {
    return assessment;
  }

  public Contract getContract() {
    return contract;
  }

  public TermsForm getForm() {
    return form;
  }

  public Long getAssessmentId() {
    return assessmentId;
  }

  public void setAssessmentId(Long assessmentId) {
    this.assessmentId = assessmentId;
  }

  public Long getContractId() {
    return contractId;
  }

  public void setContractId(Long contractId) {
    this.contractId = contractId;
  }
}
