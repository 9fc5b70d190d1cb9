package bg.omegasoft.servicedesk.view;

import bg.omegasoft.servicedesk.boundary.Conversations;
import bg.omegasoft.servicedesk.entity.RequestMessage;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * The conversation on servicedesk/portal/request.xhtml: the mails and answers of the request (not
 * the staff's notes) and the client's answer while the request is open.
 */
@Named
@ViewScoped
public class PortalConversationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Conversations conversations;
  @Inject private PortalRequestBacking page;

  private List<RequestMessage> messages;

  @NotBlank
  @Size(max = 10_000)
  private String text;

  @PostConstruct
  void init() {
    messages = page.getRequest() == null ? List.of() : conversations.clientThread(page.getNumber());
  }

  public void answer() {
    conversations.answer(page.getNumber(), text);
    text = null;
    messages = conversations.clientThread(page.getNumber());
    Messages.info("sd.conversation.answered");
  }

  public List<RequestMessage> getMessages() {
    return messages;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
