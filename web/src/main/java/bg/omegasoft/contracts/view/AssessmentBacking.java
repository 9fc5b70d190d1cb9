package bg.omegasoft.contracts.view;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.contracts.boundary.Contracts;
import bg.omegasoft.contracts.boundary.NeedsAssessments;
import bg.omegasoft.contracts.entity.Assessment;
import bg.omegasoft.contracts.entity.Contract;
import bg.omegasoft.shared.entity.ServiceType;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * contracts/assessment.xhtml: staff record a client's needs and expectations ({@code ?client=} to
 * preselect the company); with {@code ?id=} the assessment is shown and a named manager (ADMIN)
 * approves or refuses it.
 */
@Named
@ViewScoped
public class AssessmentBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Contracts contracts;
  @EJB private NeedsAssessments needsAssessments;
  @EJB private Clients clients;

  private Long id;
  private Long clientId;
  private Assessment assessment;
  private List<Contract> drafted = List.of();
  private List<Client> clientChoices = List.of();
  private final NeedsForm needs = new NeedsForm();
  private final ApprovalForm approval = new ApprovalForm();

  /** f:viewAction: the assessment to show, or a blank form. */
  public void load() {
    if (id != null) {
      show(needsAssessments.assessment(id));
    } else {
      clientChoices = clients.all();
    }
  }

  public String record() {
    Assessment recorded = needsAssessments.recordAssessment(clientId, needs.toNeeds());
    Messages.info("contracts.assessment.recorded");
    Messages.keepForRedirect();
    return "assessment?faces-redirect=true&id=" + recorded.getId();
  }

  public void approve() {
    show(
        needsAssessments.approve(
            id, assessment.getVersion(), approval.isStatementConfirmed(), approval.getNote()));
    Messages.info("contracts.approval.approved");
  }

  public void refuse() {
    show(needsAssessments.refuse(id, assessment.getVersion(), approval.getReason()));
    Messages.info("contracts.approval.refused");
  }

  private void show(Assessment shown) {
    assessment = shown;
    id = shown.getId();
    drafted = contracts.fromAssessment(id);
  }

  public List<String> getServiceTypes() {
    return ContractChoices.serviceTypes();
  }

  /** The wanted types for display, by their keys. */
  public List<String> wanted() {
    return assessment.getWantedTypes().stream().map(ServiceType::name).collect(Collectors.toList());
  }

  public Assessment getAssessment() {
    return assessment;
  }

  public List<Contract> getDrafted() {
    return drafted;
  }

  public List<Client> getClientChoices() {
    return clientChoices;
  }

  public NeedsForm getNeeds() {
    return needs;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getClientId() {
    return clientId;
  }

  public void setClientId(Long clientId) {
    this.clientId = clientId;
  }

  public ApprovalForm getApproval() {
    return approval;
  }
}
