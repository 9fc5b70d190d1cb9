package bg.omegasoft.contracts.view;

import bg.omegasoft.contracts.entity.Assessment;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The fields of a new assessment on contracts/assessment.xhtml: plain values the page binds to. */
public class NeedsForm implements Serializable {
  private static final long serialVersionUID = 1L;
  private Integer employees;
  private Integer sites;

  @Size(max = 300)
  private String products;

  private BigDecimal expectedHours;
  private List<String> wantedTypes = new ArrayList<>();

  @Size(max = 200)
  private String responseTerms;

  @Size(max = 500)
  private String outsourcing;

  @Size(max = 2000)
  private String notes;

  Assessment.Needs toNeeds() {
    return new Assessment.Needs(
        employees == null ? -1 : employees,
        sites == null ? -1 : sites,
        products,
        expectedHours,
        ContractChoices.types(wantedTypes),
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
