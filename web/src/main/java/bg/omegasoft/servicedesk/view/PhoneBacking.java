package bg.omegasoft.servicedesk.view;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.organisation.boundary.OrganisationSettings;
import bg.omegasoft.servicedesk.boundary.PhoneConsultations;
import bg.omegasoft.servicedesk.boundary.PhoneConsultations.CallNotes;
import bg.omegasoft.servicedesk.control.PhoneNorm;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.PhoneCall;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * servicedesk/phone.xhtml: the consultant's phone line: start a call on one of the organisation's
 * published lines, a running timer that warns past the norm ({@link PhoneNorm}), notes (did the
 * client look in documentation, help, forum?), end the call or escalate it into a paid support
 * request linked to the call.
 */
@Named
@ViewScoped
public class PhoneBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PhoneConsultations phone;
  @EJB private Clients clients;
  @EJB private OrganisationSettings organisation;
  @Inject private PhoneStatsBacking statistics;

  private List<Client> clientChoices;
  private List<String> lines;
  private String line;
  private PhoneCall call;
  private Long clientId;

  @NotBlank
  @Size(max = 200)
  private String callerName;

  @Size(max = 40)
  private String callerPhone;

  @Size(max = 300)
  private String topic;

  @Size(max = 4000)
  private String notes;

  private boolean docs;
  private boolean help;
  private boolean forum;
  private DeliveryMode mode = DeliveryMode.REMOTE;

  @Email
  @Size(max = 254)
  private String email;

  @PostConstruct
  void load() {
    clientChoices = clients.all();
    lines = organisation.current().lines();
    line = lines.isEmpty() ? null : lines.get(0);
    phone.myOpenCalls().stream().findFirst().ifPresent(this::show);
  }

  public void start() {
    show(phone.start(clientId, callerName, callerPhone, line));
    statistics.refresh();
  }

  public void save() {
    show(phone.note(call.getId(), call.getVersion(), notes(), false));
    Messages.info("saved");
  }

  public void end() {
    phone.note(call.getId(), call.getVersion(), notes(), true);
    Messages.info("sd.phone.ended");
    call = null;
    statistics.refresh();
  }

  public String escalate() {
    long requestId = phone.escalate(call.getId(), call.getVersion(), notes(), mode, email).getId();
    return "/servicedesk/request?faces-redirect=true&id=" + requestId;
  }

  private CallNotes notes() {
    return new CallNotes(topic, notes, docs, help, forum);
  }

  private void show(PhoneCall shown) {
    call = shown;
    topic = shown.getTopic();
    notes = shown.getNotes();
    docs = shown.isLookedInDocs();
    help = shown.isLookedInHelp();
    forum = shown.isLookedInForum();
  }

  /** Seconds since the call started, as the server sees it (the page's timer counts on). */
  public long getElapsedSeconds() {
    return call == null ? 0 : Duration.between(call.getStartedAt(), Instant.now()).toSeconds();
  }

  /** The norm in effect, in seconds, for the page's timer. */
  public long getNormSeconds() {
    return PhoneNorm.current().toSeconds();
  }

  /** The norm in effect, in minutes, for the page's texts. */
  public long getNormMinutes() {
    return PhoneNorm.current().toMinutes();
  }

  public List<String> getLines() {
    return lines;
  }

  public String getLine() {
    return line;
  }

  public void setLine(String line) {
    this.line = line;
  }

  public PhoneCall getCall() {
    return call;
  }

  public List<Client> getClientChoices() {
    return clientChoices;
  }

  public Long getClientId() {
    return clientId;
  }

  public void setClientId(Long clientId) {
    this.clientId = clientId;
  }

  public String getCallerName() {
    return callerName;
  }

  public void setCallerName(String callerName) {
    this.callerName = callerName;
  }

  public String getCallerPhone() {
    return callerPhone;
  }

  public void setCallerPhone(String callerPhone) {
    this.callerPhone = callerPhone;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public boolean isDocs() {
    return docs;
  }

  public void setDocs(boolean docs) {
    this.docs = docs;
  }

  public boolean isHelp() {
    return help;
  }

  public void setHelp(boolean help) {
    this.help = help;
  }

  public boolean isForum() {
    return forum;
  }

  public void setForum(boolean forum) {
    this.forum = forum;
  }

  public DeliveryMode getMode() {
    return mode;
  }

  public void setMode(DeliveryMode mode) {
    this.mode = mode;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
