package bg.omegasoft.knowledge.view;

import bg.omegasoft.knowledge.boundary.Articles;
import bg.omegasoft.knowledge.entity.Article;
import bg.omegasoft.learning.entity.Product;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * knowledge/articles.xhtml: the knowledge base for everyone signed in, filtered by product and by
 * words of the title, summary, text or topic; staff also see drafts and start new articles.
 */
@Named
@ViewScoped
public class ArticlesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Articles articles;

  private List<Product> products;
  private List<Article> found;
  private Long productId;

  @Size(max = 100)
  private String search;

  @PostConstruct
  void load() {
    products = articles.productsWithArticles();
    refresh();
  }

  public void refresh() {
    found = articles.find(productId, null, search);
  }

  public List<Product> getProducts() {
    return products;
  }

  public List<Article> getFound() {
    return found;
  }

  public Long getProductId() {
    return productId;
  }

  public void setProductId(Long productId) {
    this.productId = productId;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
