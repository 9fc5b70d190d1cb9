package bg.omegasoft.servicedesk.view;

import bg.omegasoft.knowledge.boundary.Articles;
import bg.omegasoft.knowledge.entity.Article;
import bg.omegasoft.servicedesk.boundary.CallArticles;
import bg.omegasoft.servicedesk.entity.CallArticle;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of servicedesk/phone.xhtml that points the caller the right way: published articles of
 * the knowledge base chosen during the call and mailed to the caller, and the list of what the call
 * sent.
 */
@Named
@ViewScoped
public class CallArticlesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Articles articles;
  @EJB private CallArticles callArticles;
  @Inject private PhoneBacking phone;

  private List<Article> choices;
  private List<CallArticle> sent = List.of();

  @NotEmpty private List<Long> chosen = new ArrayList<>();

  @NotBlank
  @Email
  @Size(max = 254)
  private String email;

  @PostConstruct
  void load() {
    choices = articles.find(null, null, null).stream().filter(Article::isPublished).toList();
    if (phone.getCall() != null) {
      sent = callArticles.sentFrom(phone.getCall().getId());
    }
  }

  public void send() {
    long callId = phone.getCall().getId();
    sent = callArticles.send(callId, chosen, email);
    Messages.info("kb.phone.sent", email.strip(), chosen.size());
    chosen = new ArrayList<>();
  }

  public List<CallArticle> getSent() {
    return phone.getCall() == null ? List.of() : sent;
  }

  public List<Article> getChoices() {
    return choices;
  }

  public List<Long> getChosen() {
    return chosen;
  }

  public void setChosen(List<Long> chosen) {
    this.chosen = chosen;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
