package bg.omegasoft.knowledge.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.knowledge.control.ArticleLetters;
import bg.omegasoft.knowledge.entity.Article;
import bg.omegasoft.knowledge.entity.ArticleRuleException;
import bg.omegasoft.knowledge.entity.ArticleText;
import bg.omegasoft.learning.boundary.Products;
import bg.omegasoft.learning.entity.Product;
import bg.omegasoft.learning.entity.Topic;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The knowledge base: the vendor's STAFF write and publish articles; every signed-in person reads
 * the published ones (staff read drafts too); an article is mailed to a caller from a phone call.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class Articles {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private Products products;
  @EJB private AuditTrail audit;
  @EJB private ArticleLetters letters;

  private final Clock clock = Clock.systemUTC();

  /**
   * The articles a reader may see that match the filters (each optional): the vendor's people see
   * drafts as well, everyone else only what is published.
   */
  @RolesAllowed({
    Roles.TRAINEE,
    Roles.TRAINER,
    Roles.STAFF,
    Roles.CLIENT_ADMIN,
    Roles.FINANCE,
    Roles.BATCH_OPERATOR,
    Roles.ADMIN
  })
  public List<Article> find(Long productId, Long topicId, String search) {
    return em
        .createNamedQuery(Article.FIND_ALL, Article.class)
        .setParameter("published", !isAuthor())
        .getResultList()
        .stream()
        .filter(a -> productId == null || a.getProduct().getId().equals(productId))
        .filter(
            a -> topicId == null || (a.getTopic() != null && a.getTopic().getId().equals(topicId)))
        .filter(a -> a.matches(search))
        .toList();
  }

  /** The products that have articles the reader may see, for a filter. */
  @RolesAllowed({
    Roles.TRAINEE,
    Roles.TRAINER,
    Roles.STAFF,
    Roles.CLIENT_ADMIN,
    Roles.FINANCE,
    Roles.BATCH_OPERATOR,
    Roles.ADMIN
  })
  public List<Product> productsWithArticles() {
    return List.copyOf(
        new LinkedHashSet<>(find(null, null, null).stream().map(Article::getProduct).toList()));
  }

  /** One article; a draft is not found by anyone but its authors. */
  @RolesAllowed({
    Roles.TRAINEE,
    Roles.TRAINER,
    Roles.STAFF,
    Roles.CLIENT_ADMIN,
    Roles.FINANCE,
    Roles.BATCH_OPERATOR,
    Roles.ADMIN
  })
  public Article article(long id) {
    Article article = em.find(Article.class, id);
    if (article == null || !(article.isPublished() || isAuthor())) {
      throw new NotFoundException("Article", id);
    }
    return article;
  }

  /** Every product, for placing an article. */
  public List<Product> products() {
    return products.all();
  }

  public Article write(long productId, Long topicId, ArticleText text) {
    Product product = products.find(productId);
    Article article = new Article(product, topicOf(product, topicId), text, me(), now());
    em.persist(article);
    em.flush();
    audit.record("KB_ARTICLE_WRITTEN", "Article", article.getId(), article.getTitle());
    return article;
  }

  public Article rewrite(long id, int version, long productId, Long topicId, ArticleText text) {
    Article article = current(id, version);
    Product product = products.find(productId);
    article.place(product, topicOf(product, topicId));
    article.write(text, me(), now());
    audit.record("KB_ARTICLE_REWRITTEN", "Article", id, article.getTitle());
    return article;
  }

  public Article publish(long id, int version, boolean publish) {
    Article article = current(id, version);
    article.publish(publish, me(), now());
    audit.record(
        publish ? "KB_ARTICLE_PUBLISHED" : "KB_ARTICLE_WITHDRAWN",
        "Article",
        id,
        article.getTitle());
    return article;
  }

  /**
   * Queues one mail to a person with the published articles asked for (title, summary, links), in
   * the articles' language; answers the articles mailed, in the order asked.
   */
  public List<Article> mail(List<Long> articleIds, @NotBlank @Email @Size(max = 254) String to) {
    if (articleIds == null || articleIds.isEmpty()) {
      throw new ArticleRuleException("kb.rule.noneChosen");
    }
    List<Article> chosen = articleIds.stream().distinct().map(this::article).toList();
    if (chosen.stream().anyMatch(a -> !a.isPublished())) {
      throw new ArticleRuleException("kb.rule.notPublished");
    }
    letters.queue(chosen, to.strip());
    audit.record(
        "KB_ARTICLES_MAILED", "Article", chosen.get(0).getId(), chosen.size() + " → " + to);
    return chosen;
  }

  private Article current(long id, int version) {
    Article article = em.find(Article.class, id);
    if (article == null) {
      throw new NotFoundException("Article", id);
    }
    if (article.getVersion() != version) {
      throw new ArticleRuleException("kb.rule.changed");
    }
    return article;
  }

  private static Topic topicOf(Product product, Long topicId) {
    if (topicId == null) {
      return null;
    }
    return product.getTopics().stream()
        .filter(t -> t.getId().equals(topicId))
        .findFirst()
        .orElseThrow(() -> new ArticleRuleException("kb.rule.topicOfOtherProduct"));
  }

  private boolean isAuthor() {
    return session.isCallerInRole(Roles.STAFF) || session.isCallerInRole(Roles.ADMIN);
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  private Instant now() {
    return Instant.now(clock);
  }
}
