package bg.omegasoft.servicedesk.view;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.servicedesk.boundary.Intake;
import bg.omegasoft.servicedesk.boundary.StaffIntakeForm;
import bg.omegasoft.servicedesk.entity.Channel;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.RequestType;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * servicedesk/new-request.xhtml: staff record a request taken by phone, or another way (then it is
 * marked "channel not guaranteed"). The requester's request is the consent; staff confirm it.
 */
@Named
@ViewScoped
public class NewRequestBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Intake intake;
  @EJB private Clients clients;

  private List<Client> clientChoices;
  private Channel channel = Channel.PHONE;
  private RequestType type = RequestType.SUPPORT;
  private Long clientId;
  private String requesterName;
  private String email;
  private String phone;
  private String subject;
  private String description;
  private DeliveryMode preferredMode;
  private boolean consent;

  @PostConstruct
  void load() {
    clientChoices = clients.all();
  }

  public String save() {
    long id =
        intake
            .record(
                new StaffIntakeForm(
                    channel,
                    type,
                    clientId,
                    requesterName,
                    email,
                    phone,
                    subject,
                    description,
                    preferredMode,
                    consent))
            .getId();
    return "/servicedesk/request?faces-redirect=true&id=" + id;
  }

  public List<Client> getClientChoices() {
    return clientChoices;
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

  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }
}
