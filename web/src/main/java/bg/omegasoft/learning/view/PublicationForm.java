package bg.omegasoft.learning.view;

import bg.omegasoft.learning.entity.ChangeReason;
import bg.omegasoft.learning.entity.Publication;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** The fields of the form that publishes a draft: the reason with its details, applies-from. */
public class PublicationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private ChangeReason reason = ChangeReason.REGULATION_CHANGE;

  @Size(max = 300)
  private String reference;

  private LocalDate effectiveOn;

  @Size(max = 40)
  private String productVersion;

  @Size(max = 1000)
  private String note;

  private LocalDate appliesFrom;

  Publication toPublication() {
    return new Publication(reason, reference, effectiveOn, productVersion, note, appliesFrom);
  }

  /** The reasons a trainer chooses from (the first edition is never chosen). */
  public ChangeReason[] getReasons() {
    return new ChangeReason[] {ChangeReason.REGULATION_CHANGE, ChangeReason.PRODUCT_CHANGE};
  }

  public ChangeReason getReason() {
    return reason;
  }

  public void setReason(ChangeReason reason) {
    this.reason = reason;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public void setEffectiveOn(LocalDate effectiveOn) {
    this.effectiveOn = effectiveOn;
  }

  public String getProductVersion() {
    return productVersion;
  }

  public void setProductVersion(String productVersion) {
    this.productVersion = productVersion;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public LocalDate getAppliesFrom() {
    return appliesFrom;
  }

  public void setAppliesFrom(LocalDate appliesFrom) {
    this.appliesFrom = appliesFrom;
  }
}
