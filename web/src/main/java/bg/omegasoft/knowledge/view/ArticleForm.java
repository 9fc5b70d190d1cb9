package bg.omegasoft.knowledge.view;

import bg.omegasoft.knowledge.entity.Article;
import bg.omegasoft.knowledge.entity.ArticleText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What the article form holds while staff write; the article checks it again when saved. */
public class ArticleForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull private Long productId;
  private Long topicId;
  private String language = "bg";

  @NotBlank
  @Size(max = Article.MAX_TITLE)
  private String title;

  @NotBlank
  @Size(max = Article.MAX_SUMMARY)
  private String summary;

  @NotBlank
  @Size(max = Article.MAX_BODY)
  private String body;

  @Size(max = Article.MAX_LINK)
  private String docLink;

  @Size(max = Article.MAX_LINK)
  private String helpLink;

  @Size(max = Article.MAX_LINK)
  private String forumLink;

  static ArticleForm of(Article article) {
    ArticleForm form = new ArticleForm();
    form.productId = article.getProduct().getId();
    form.topicId = article.getTopic() == null ? null : article.getTopic().getId();
    form.language = article.getLanguage();
    form.title = article.getTitle();
    form.summary = article.getSummary();
    form.body = article.getBody();
    form.docLink = article.getDocLink();
    form.helpLink = article.getHelpLink();
    form.forumLink = article.getForumLink();
    return form;
  }

  ArticleText text() {
    return new ArticleText(language, title, summary, body, docLink, helpLink, forumLink);
  }

  public Long getProductId() {
    return productId;
  }

  public void setProductId(Long productId) {
    this.productId = productId;
  }

  public Long getTopicId() {
    return topicId;
  }

  public void setTopicId(Long topicId) {
    this.topicId = topicId;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getDocLink() {
    return docLink;
  }

  public void setDocLink(String docLink) {
    this.docLink = docLink;
  }

  public String getHelpLink() {
    return helpLink;
  }

  public void setHelpLink(String helpLink) {
    this.helpLink = helpLink;
  }

  public String getForumLink() {
    return forumLink;
  }

  public void setForumLink(String forumLink) {
    this.forumLink = forumLink;
  }
}
