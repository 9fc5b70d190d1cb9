package bg.omegasoft.contracts.view;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.contracts.boundary.Contracts;
import bg.omegasoft.contracts.entity.Assessment;
import bg.omegasoft.contracts.entity.Contract;
import bg.omegasoft.shared.entity.ServiceType;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
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
  @EJB private Clients clients;

  private Long id;
  private Long clientId;
  private Assessment assessment;
  private List<Contract> drafted = List.of();
  private List<Client> clientChoices = List.of();
  private final NeedsForm needs = new NeedsForm();
  private boolean statementConfirmed;
  private String note;
  private String reason;

  /** f:viewAction: the assessment to show, or a blank form. */
  public void load() {
    if (id != null) {
      show(contracts.assessment(id));
    } else {
      clientChoices = clients.all();
    }
  }

  public String record() {
    Assessment recorded = contracts.recordAssessment(clientId, needs.toNeeds());
    Messages.info("contracts.assessment.recorded");
    Messages.keepForRedirect();
    return "assessment?faces-redirect=true&id=" + recorded.getId();
  }

  public void approve() {
    show(contracts.approve(id, assessment.getVersion(), statementConfirmed, note));
    Messages.info("contracts.approval.approved");
  }

  public void refuse() {
    show(contracts.refuse(id, assessment.getVersion(), reason));
    Messages.info("contracts.approval.refused");
  }

  private void show(Assessment shown) {
    assessment = shown;
    id = shown.getId();
    drafted = contracts.fromAssessment(id);
  }

  public List<String> getServiceTypes() {
    return TermsBacking.COVERABLE.stream().map(ServiceType::name).toList();
  }

  /** The wanted types for display, by their keys. */
  public List<String> wanted() {
    return assessment.getWantedTypes().stream().map(ServiceType::name).collect(Collectors.toList());
  }

  /** The form's fields: plain values that the page binds to. */
  public static class NeedsForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private Integer employees;
    private Integer sites;
    private String products;
    private BigDecimal expectedHours;
    private List<String> wantedTypes = new ArrayList<>();
    private String responseTerms;
    private String outsourcing;
    private String notes;

    Assessment.Needs toNeeds() {
      return new Assessment.Needs(
          employees == null ? -1 : employees,
          sites == null ? -1 : sites,
          products,
          expectedHours,
          TermsBacking.types(wantedTypes),
          responseTerms,
          outsourcing,
          notes);
    }

    public Integer getEmployees() {
      return employees;
    }

    public void setEmployees(Integer employees) {
      this.employees = employees;
    }

    public Integer getSites() {
      return sites;
    }

    public void setSites(Integer sites) {
      this.sites = sites;
    }

    public String getProducts() {
      return products;
    }

    public void setProducts(String products) {
      this.products = products;
    }

    public BigDecimal getExpectedHours() {
      return expectedHours;
    }

    public void setExpectedHours(BigDecimal expectedHours) {
      this.expectedHours = expectedHours;
    }

    public List<String> getWantedTypes() {
      return wantedTypes;
    }

    public void setWantedTypes(List<String> wantedTypes) {
      this.wantedTypes = wantedTypes;
    }

    public String getResponseTerms() {
      return responseTerms;
    }

    public void setResponseTerms(String responseTerms) {
      this.responseTerms = responseTerms;
    }

    public String getOutsourcing() {
      return outsourcing;
    }

    public void setOutsourcing(String outsourcing) {
      this.outsourcing = outsourcing;
    }

    public String getNotes() {
      return notes;
    }

    public void setNotes(String notes) {
      this.notes = notes;
    }
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

  public boolean isStatementConfirmed() {
    return statementConfirmed;
  }

  public void setStatementConfirmed(boolean statementConfirmed) {
    this.statementConfirmed = statementConfirmed;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
