package bg.omegasoft.servicedesk.view;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.servicedesk.boundary.Protocols;
import bg.omegasoft.servicedesk.boundary.ServiceRequests;
import bg.omegasoft.servicedesk.boundary.WorkLists;
import bg.omegasoft.servicedesk.entity.ExpressClock;
import bg.omegasoft.servicedesk.entity.Protocol;
import bg.omegasoft.servicedesk.entity.RequestMessage;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.servicedesk.entity.WorkLogEntry;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.web.Messages;
import bg.omegasoft.shared.web.Names;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * servicedesk/request.xhtml?id=: one request for staff: what was asked, by whom, how and with what
 * consent; the conversation; triage, start, cancel. The work log, the protocol and the procedures
 * of each type have their own beans on the same page.
 */
@Named
@ViewScoped
public class RequestBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ServiceRequests requests;
  @EJB private Protocols protocols;
  @EJB private WorkLists workLists;
  @EJB private Clients clients;
  @Inject private Names names;

  private Long id;
  private ServiceRequest request;
  private List<RequestMessage> messages;
  private List<WorkLogEntry> workLog;
  private Protocol protocol;
  private List<Client> clientChoices;
  private Long clientId;
  private RequestType type;

  @NotBlank
  @Size(max = 500)
  private String reason;

  private Long prospectClientId;

  /** f:viewAction: loads the request named by the id parameter. */
  public void load() {
    if (id == null) {
      throw new NotFoundException("ServiceRequest", "");
    }
    clientChoices = clients.all();
    show(requests.find(id));
  }

  void show(ServiceRequest shown) {
    request = shown;
    id = shown.getId();
    messages = requests.messages(id);
    workLog = protocols.workLog(id);
    protocol = protocols.protocol(id).orElse(null);
    clientId = shown.getClient() == null ? null : shown.getClient().getId();
    type = shown.getType();
    List<String> people = new ArrayList<>();
    people.add(shown.getConfirmedBy());
    shown.getTransitions().forEach(t -> people.add(t.getActor()));
    workLog.forEach(w -> people.add(w.getConsultant()));
    messages.forEach(m -> people.add(m.getAuthor()));
    if (protocol != null) {
      people.add(protocol.getConsultant());
      people.add(protocol.getClientSigner());
    }
    names.know(people);
  }

  /** After another bean of the page changed the request. */
  void reload() {
    show(requests.find(id));
  }

  public void triage() {
    show(requests.triage(id, request.getVersion(), clientId, type));
    Messages.info("sd.triaged");
  }

  public void start() {
    show(requests.start(id, request.getVersion()));
    Messages.info("sd.started");
  }

  public void complete() {
    show(requests.complete(id, request.getVersion()));
    Messages.info("saved");
  }

  public void reopen() {
    show(requests.reopen(id, request.getVersion()));
    Messages.info("sd.reopened");
  }

  public void cancel() {
    show(requests.cancel(id, request.getVersion(), reason));
    reason = null;
    Messages.info("sd.cancelled");
  }

  public void recordReward() {
    show(requests.recordReward(id, request.getVersion(), prospectClientId));
    Messages.info("sd.rewardRecorded");
  }

  public ExpressClock.State getExpressState() {
    return request == null ? null : workLists.expressState(request);
  }

  public ServiceRequest getRequest() {
    return request;
  }

  public List<RequestMessage> getMessages() {
    return messages;
  }

  public List<WorkLogEntry> getWorkLog() {
    return workLog;
  }

  public long getTotalMinutes() {
    return workLog.stream().mapToLong(WorkLogEntry::minutes).sum();
  }

  public Protocol getProtocol() {
    return protocol;
  }

  public List<Client> getClientChoices() {
    return clientChoices;
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

  public RequestType getType() {
    return type;
  }

  public void setType(RequestType type) {
    this.type = type;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getProspectClientId() {
    return prospectClientId;
  }

  public void setProspectClientId(Long prospectClientId) {
    this.prospectClientId = prospectClientId;
  }
}
