package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.servicedesk.entity.Channel;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.RequestType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A request staff record themselves: a phone call, or a request taken another way (recorded with
 * the warning that service is not guaranteed). The consent is the requester's, confirmed by staff.
 * The page binds it directly; the lengths are the request's columns.
 */
public class StaffIntakeForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull private Channel channel = Channel.PHONE;
  @NotNull private RequestType type = RequestType.SUPPORT;
  private Long clientId;

  @NotBlank
  @Size(max = 200)
  private String requesterName;

  @Email
  @Size(max = 254)
  private String email;

  @Size(max = 40)
  private String phone;

  @Size(max = 300)
  private String subject;

  @NotBlank
  @Size(max = 10_000)
  private String description;

  private DeliveryMode preferredMode;
  private boolean consentConfirmed;

  public StaffIntakeForm() {}

  public StaffIntakeForm(
      Channel channel,
      RequestType type,
      Long clientId,
      String requesterName,
      String email,
      String phone,
      String subject,
      String description,
      DeliveryMode preferredMode,
      boolean consentConfirmed) {
    this.channel = channel;
    this.type = type;
    this.clientId = clientId;
    this.requesterName = requesterName;
    this.email = email;
    this.phone = phone;
    this.subject = subject;
    this.description = description;
    this.preferredMode = preferredMode;
    this.consentConfirmed = consentConfirmed;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public RequestType getType() {
    return type;
  }

  public void setType(RequestType type) {
    this.type = type;
  }

  public Long getClientId() {
    return clientId;
  }

  public void setClientId(Long clientId) {
    this.clientId = clientId;
  }

  public String getRequesterName() {
    return requesterName;
  }

  public void setRequesterName(String requesterName) {
    this.requesterName = requesterName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
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

  public DeliveryMode getPreferredMode() {
    return preferredMode;
  }

  public void setPreferredMode(DeliveryMode preferredMode) {
    this.preferredMode = preferredMode;
  }

  public boolean isConsentConfirmed() {
    return consentConfirmed;
  }

  public void setConsentConfirmed(boolean consentConfirmed) {
    this.consentConfirmed = consentConfirmed;
  }
}
