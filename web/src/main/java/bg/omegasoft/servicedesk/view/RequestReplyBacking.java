package bg.omegasoft.servicedesk.view;

import bg.omegasoft.servicedesk.boundary.Conversations;
import bg.omegasoft.servicedesk.boundary.ReplyTemplates;
import bg.omegasoft.servicedesk.entity.ReplyTemplate;
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
 * The conversation's forms on servicedesk/request.xhtml: a reply to the client (started from a
 * template of the request's type if wished, optionally waiting for the client's answer) and an
 * internal note for the staff.
 */
@Named
@ViewScoped
public class RequestReplyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Conversations conversations;
  @EJB private ReplyTemplates templates;
  @Inject private RequestBacking page;

  private List<ReplyTemplate> choices;
  private Long templateId;

  @NotBlank
  @Size(max = 10_000)
  private String text;

  private boolean awaitClient;

  @NotBlank
  @Size(max = 10_000)
  private String note;

  /** The templates of the request's type, in the requester's language first. */
  @PostConstruct
  void init() {
    if (page.getRequest() == null) {
      choices = List.of();
      return;
    }
    String language = conversations.language(page.getRequest()).getLanguage();
    choices =
        templates.of(page.getRequest().getType()).stream()
            .sorted((a, b) -> first(a, language) - first(b, language))
            .toList();
  }

  public List<ReplyTemplate> getChoices() {
    return choices;
  }

  private static int first(ReplyTemplate template, String language) {
    return template.getLanguage().equals(language) ? 0 : 1;
  }

  /** Fills the reply's text from the chosen template. */
  public void useTemplate() {
    if (templateId != null) {
      text = templates.fill(templateId, page.getId());
    }
  }

  public void reply() {
    conversations.reply(page.getId(), text, awaitClient);
    text = null;
    templateId = null;
    awaitClient = false;
    page.reload();
    Messages.info("sd.conversation.replied");
  }

  public void addNote() {
    conversations.note(page.getId(), note);
    note = null;
    page.reload();
    Messages.info("sd.conversation.noted");
  }

  public Long getTemplateId() {
    return templateId;
  }

  public void setTemplateId(Long templateId) {
    this.templateId = templateId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isAwaitClient() {
    return awaitClient;
  }

  public void setAwaitClient(boolean awaitClient) {
    this.awaitClient = awaitClient;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
