package bg.omegasoft.contracts.view;

import bg.omegasoft.contracts.boundary.Contracts;
import bg.omegasoft.contracts.boundary.MyContracts;
import bg.omegasoft.contracts.entity.Contract;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.control.SofiaTime;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * contracts/contract.xhtml ({@code ?id=}): a contract with its assessment and approval, the terms
 * in force and their history, the fee schedule and the history of changes; staff conclude, renew
 * and terminate it here. A client administrator reads the company's own contracts.
 */
@Named
@ViewScoped
public class ContractBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Contracts contracts;
  @EJB private MyContracts myContracts;
  @Inject private ExternalContext external;

  private Long id;
  private Contract contract;
  private List<Contract.Fee> fees = List.of();
  private LocalDate signedOn = LocalDate.now(SofiaTime.ZONE);
  private LocalDate terminatedOn;

  @Size(max = 1000)
  private String terminationReason;

  /** f:viewAction: the contract named by the id parameter. */
  public void load() {
    if (id == null) {
      throw new NotFoundException("Contract", "?");
    }
    boolean vendor =
        external.isUserInRole("STAFF")
            || external.isUserInRole("ADMIN")
            || external.isUserInRole("FINANCE");
    show(vendor ? contracts.find(id) : myContracts.mine(id));
  }

  public void conclude() {
    show(contracts.conclude(id, contract.getVersion(), signedOn));
    Messages.info("contracts.concluded", contract.getNumber());
  }

  public void renew() {
    show(contracts.renew(id, contract.getVersion()));
    Messages.info("contracts.renewed");
  }

  public void terminate() {
    show(contracts.terminate(id, contract.getVersion(), terminatedOn, terminationReason));
    Messages.info("contracts.terminated");
  }

  private void show(Contract shown) {
    contract = shown;
    fees = shown.feesDueUpTo(shown.lastDay());
  }

  public Contract getContract() {
    return contract;
  }

  public List<Contract.Fee> getFees() {
    return fees;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public void setSignedOn(LocalDate signedOn) {
    this.signedOn = signedOn;
  }

  public LocalDate getTerminatedOn() {
    return terminatedOn;
  }

  public void setTerminatedOn(LocalDate terminatedOn) {
    this.terminatedOn = terminatedOn;
  }

  public String getTerminationReason() {
    return terminationReason;
  }

  public void setTerminationReason(String terminationReason) {
    this.terminationReason = terminationReason;
  }
}
