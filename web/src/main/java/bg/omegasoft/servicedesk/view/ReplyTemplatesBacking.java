package bg.omegasoft.servicedesk.view;

import bg.omegasoft.servicedesk.boundary.ReplyTemplates;
import bg.omegasoft.servicedesk.entity.ReplyTemplate;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * servicedesk/reply-templates.xhtml: the reply templates of each request type; staff rewrite one.
 */
@Named
@ViewScoped
public class ReplyTemplatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ReplyTemplates templates;

  private List<ReplyTemplate> all;
  private ReplyTemplate edited;

  @NotBlank
  @Size(max = 120)
  private String title;

  @NotBlank
  @Size(max = 10_000)
  private String body;

  /** f:viewAction. */
  public void load() {
    all = templates.all();
  }

  public void edit(ReplyTemplate template) {
    edited = templates.find(template.getId());
    title = edited.getTitle();
    body = edited.getBody();
  }

  public void save() {
    templates.rewrite(edited.getId(), edited.getVersion(), title, body);
    edited = null;
    load();
    Messages.info("saved");
  }

  public void cancel() {
    edited = null;
  }

  public List<ReplyTemplate> getAll() {
    return all;
  }

  public ReplyTemplate getEdited() {
    return edited;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
