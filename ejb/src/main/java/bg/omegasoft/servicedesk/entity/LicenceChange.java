package bg.omegasoft.servicedesk.entity;

import bg.omegasoft.clients.entity.Client;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * The defined procedure of a change of licence owner: the licence, the old and the new owner, the
 * legal ground and the references to the documents kept in the PDM. Complete once the licence, the
 * new owner and the legal ground are known.
 */
@Embeddable
public class LicenceChange {

  @Column(name = "licence_id")
  private Long licenceId;

  @ManyToOne
  @JoinColumn(name = "from_client_id")
  private Client fromClient;

  @ManyToOne
  @JoinColumn(name = "to_client_id")
  private Client toClient;

  @Column(name = "legal_ground", length = 500)
  private String legalGround;

  @Column(name = "pdm_references", length = 500)
  private String pdmReferences;

  LicenceChange() {}

  LicenceChange(Long licenceId, Client from, Client to, String legalGround, String pdmReferences) {
    this.licenceId = licenceId;
    this.fromClient = from;
    this.toClient = to;
    this.legalGround = legalGround;
    this.pdmReferences = pdmReferences;
  }

  boolean isComplete() {
    return licenceId != null && toClient != null && legalGround != null;
  }

  Long getLicenceId() {
    return licenceId;
  }

  Client getFromClient() {
    return fromClient;
  }

  Client getToClient() {
    return toClient;
  }

  String getLegalGround() {
    return legalGround;
  }

  String getPdmReferences() {
    return pdmReferences;
  }
}
