package bg.omegasoft.knowledge.view;

import bg.omegasoft.knowledge.boundary.Articles;
import bg.omegasoft.knowledge.entity.Article;
import bg.omegasoft.learning.entity.Product;
import bg.omegasoft.learning.entity.Topic;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * knowledge/article.xhtml?id=: one article to read (its links lead to the product's documentation,
 * help and forum); for staff also the form that writes it and the switch that publishes it. Without
 * an id, staff write a new article.
 */
@Named
@ViewScoped
public class ArticleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Articles articles;

  private Long id;
  private Article article;
  private ArticleForm form = new ArticleForm();
  private List<Product> products;

  /**
   * f:viewAction: the article named by the id parameter, and for staff the products to place it.
   */
  public void load() {
    if (isAuthor()) {
      products = articles.products();
    }
    if (id != null) {
      show(articles.article(id));
    } else if (!isAuthor()) {
      throw new NotFoundException("Article", "");
    }
  }

  private void show(Article shown) {
    article = shown;
    id = shown.getId();
    form = ArticleForm.of(shown);
  }

  public String save() {
    if (article == null) {
      show(articles.write(form.getProductId(), form.getTopicId(), form.text()));
      Messages.info("saved");
      Messages.keepForRedirect();
      return "/knowledge/article?faces-redirect=true&id=" + id;
    }
    show(
        articles.rewrite(
            id, article.getVersion(), form.getProductId(), form.getTopicId(), form.text()));
    Messages.info("saved");
    return null;
  }

  public void publish(boolean publish) {
    show(articles.publish(id, article.getVersion(), publish));
    Messages.info(publish ? "kb.published" : "kb.withdrawn");
  }

  /** The topics of the product chosen in the form. */
  public List<Topic> getTopics() {
    if (products == null || form.getProductId() == null) {
      return List.of();
    }
    return products.stream()
        .filter(p -> p.getId().equals(form.getProductId()))
        .findFirst()
        .map(Product::getTopics)
        .orElse(List.of());
  }

  public boolean isAuthor() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getExternalContext().isUserInRole("STAFF")
        || faces.getExternalContext().isUserInRole("ADMIN");
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Article getArticle() {
    return article;
  }

  public ArticleForm getForm() {
    return form;
  }

  public List<Product> getProducts() {
    return products;
  }
}
