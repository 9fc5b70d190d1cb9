package bg.omegasoft.servicedesk.view;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.servicedesk.boundary.RequestFilter;
import bg.omegasoft.servicedesk.boundary.WorkLists;
import bg.omegasoft.servicedesk.entity.Channel;
import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/**
 * servicedesk/requests.xhtml: the staff's work lists: queues by status (open ones by default), the
 * triage queue of unknown senders, filters by type, channel, client and consultant, search.
 */
@Named
@ViewScoped
public class RequestsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @EJB private WorkLists workLists;
  @EJB private Clients clients;

  private RequestStatus[] statuses = new RequestStatus[0];
  private RequestType type;
  private Channel channel;
  private Long clientId;
  private Long consultantId;
  private boolean triageQueue;
  private String text;
  private String queue;
  private List<ServiceRequest> found;
  private List<Client> clientChoices;
  private List<User> consultantChoices;

  @PostConstruct
  void load() {
    clientChoices = clients.all();
    consultantChoices = workLists.consultants();
  }

  /** f:viewAction: a named queue from the menu (triage, new, scheduled, mine), then the search. */
  public void open() {
    if ("triage".equals(queue)) {
      triageQueue = true;
    } else if (queue != null) {
      try {
        statuses = new RequestStatus[] {RequestStatus.valueOf(queue)};
      } catch (IllegalArgumentException e) {
        statuses = new RequestStatus[0];
      }
    }
    search();
  }

  public void search() {
    found =
        workLists.search(
            new RequestFilter(
                statuses == null || statuses.length == 0
                    ? EnumSet.noneOf(RequestStatus.class)
                    : EnumSet.copyOf(List.of(statuses)),
                type,
                channel,
                clientId,
                consultantId,
                triageQueue,
                text));
  }

  public void reset() {
    statuses = new RequestStatus[0];
    type = null;
    channel = null;
    clientId = null;
    consultantId = null;
    triageQueue = false;
    text = null;
    search();
  }

  public List<ServiceRequest> getFound() {
    return found;
  }

  public List<Client> getClientChoices() {
    return clientChoices;
  }

  public List<User> getConsultantChoices() {
    return consultantChoices;
  }

  public RequestStatus[] getStatuses() {
    return statuses;
  }

  public void setStatuses(RequestStatus[] statuses) {
    this.statuses = statuses;
  }

  public RequestType getType() {
    return type;
  }

  public void setType(RequestType type) {
    this.type = type;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public Long getClientId() {
    return clientId;
  }

  public void setClientId(Long clientId) {
    this.clientId = clientId;
  }

  public Long getConsultantId() {
    return consultantId;
  }

  public void setConsultantId(Long consultantId) {
    this.consultantId = consultantId;
  }

  public boolean isTriageQueue() {
    return triageQueue;
  }

  public void setTriageQueue(boolean triageQueue) {
    this.triageQueue = triageQueue;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getQueue() {
    return queue;
  }

  public void setQueue(String queue) {
    this.queue = queue;
  }
}
