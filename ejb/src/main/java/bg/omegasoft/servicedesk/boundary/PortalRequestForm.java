package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.RequestType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A request a client administrator files in the portal for the own company; the subject may be left
 * out (the first line of the description is taken). The portal page binds it directly.
 */
public class PortalRequestForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull private RequestType type = RequestType.SUPPORT;
  private DeliveryMode preferredMode = DeliveryMode.REMOTE;

  @Size(max = 300)
  private String subject;

  @NotBlank
  @Size(max = 10_000)
  private String description;

  public RequestType getType() {
    return type;
  }

  public void setType(RequestType type) {
    this.type = type;
  }

  public DeliveryMode getPreferredMode() {
    return preferredMode;
  }

  public void setPreferredMode(DeliveryMode preferredMode) {
    this.preferredMode = preferredMode;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
