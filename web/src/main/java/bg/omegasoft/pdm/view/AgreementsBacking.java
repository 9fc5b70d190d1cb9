package bg.omegasoft.pdm.view;

import bg.omegasoft.pdm.boundary.ProcessingAgreements;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * pdm/agreements.xhtml: each client's data-processing agreement (version, date, signer, scan in its
 * space), and which clients with a space have none or an outdated one.
 */
@Named
@ViewScoped
public class AgreementsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ProcessingAgreements agreements;

  private List<ProcessingAgreements.Standing> overview;
  private boolean onlyLacking;
  private Long clientId;
  private String docVersion;
  private LocalDate signedOn;
  private String signedBy;
  private Long pdmFileId;

  @PostConstruct
  void load() {
    overview = onlyLacking ? agreements.lacking() : agreements.overview();
  }

  public void edit(ProcessingAgreements.Standing standing) {
    clientId = standing.clientId();
    docVersion =
        standing.missing() ? agreements.currentVersion() : standing.agreement().getDocVersion();
    signedOn = standing.missing() ? null : standing.agreement().getSignedOn();
    signedBy = standing.missing() ? null : standing.agreement().getSignedBy();
    pdmFileId = standing.missing() ? null : standing.agreement().getPdmFileId();
  }

  public void save() {
    agreements.record(
        clientId, new ProcessingAgreements.Signed(docVersion, signedOn, signedBy, pdmFileId));
    Messages.info("saved");
    clientId = null;
    load();
  }

  public void filter() {
    load();
  }

  public String getCurrentVersion() {
    return agreements.currentVersion();
  }

  public List<ProcessingAgreements.Standing> getOverview() {
    return overview;
  }

  public boolean isOnlyLacking() {
    return onlyLacking;
  }

  public void setOnlyLacking(boolean onlyLacking) {
    this.onlyLacking = onlyLacking;
  }

  public Long getClientId() {
    return clientId;
  }

  public String getDocVersion() {
    return docVersion;
  }

  public void setDocVersion(String docVersion) {
    this.docVersion = docVersion;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public void setSignedOn(LocalDate signedOn) {
    this.signedOn = signedOn;
  }

  public String getSignedBy() {
    return signedBy;
  }

  public void setSignedBy(String signedBy) {
    this.signedBy = signedBy;
  }

  public Long getPdmFileId() {
    return pdmFileId;
  }

  public void setPdmFileId(Long pdmFileId) {
    this.pdmFileId = pdmFileId;
  }
}
