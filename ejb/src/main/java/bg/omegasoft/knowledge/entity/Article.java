package bg.omegasoft.knowledge.entity;

import bg.omegasoft.learning.entity.Product;
import bg.omegasoft.learning.entity.Topic;
import bg.omegasoft.shared.entity.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An article of the knowledge base: a short answer to a question clients ask about one product
 * (and, when it is that narrow, one topic of it), with links to where the product's documentation,
 * help and forum say more. Only published articles reach clients.
 */
@Entity
@Table(name = "kb_article")
@NamedQuery(
    name = Article.FIND_ALL,
    query =
        "select a from Article a where (:published = false or a.published = true)"
            + " order by a.product.position, a.product.name, a.title")
public class Article {

  public static final String FIND_ALL = "Article.findAll";
  public static final int MAX_TITLE = 200;
  public static final int MAX_SUMMARY = 500;
  public static final int MAX_BODY = 20_000;
  public static final int MAX_LINK = 500;
  public static final Set<String> LANGUAGES = Set.of("bg", "en");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "product_id")
  private Product product;

  @ManyToOne
  @JoinColumn(name = "topic_id")
  private Topic topic;

  @Column(nullable = false, length = 2)
  private String language;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(nullable = false, length = MAX_SUMMARY)
  private String summary;

  @Column(nullable = false, columnDefinition = "TEXT")
  private String body;

  @Column(name = "doc_link", length = MAX_LINK)
  private String docLink;

  @Column(name = "help_link", length = MAX_LINK)
  private String helpLink;

  @Column(name = "forum_link", length = MAX_LINK)
  private String forumLink;

  private boolean published;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Version private int version;

  protected Article() {}

  public Article(Product product, Topic topic, ArticleText text, String author, Instant now) {
    place(product, topic);
    write(text, author, now);
  }

  /** Moves the article to a product and, optionally, one of that product's topics. */
  public final void place(Product product, Topic topic) {
    if (product == null) {
      throw new ArticleRuleException("kb.rule.productRequired");
    }
    if (topic != null && !same(topic.getProduct(), product)) {
      throw new ArticleRuleException("kb.rule.topicOfOtherProduct");
    }
    this.product = product;
    this.topic = topic;
  }

  private static boolean same(Product one, Product other) {
    return one == other || (one.getId() != null && one.getId().equals(other.getId()));
  }

  /** Replaces what the article says; every field is checked before anything changes. */
  public final void write(ArticleText text, String author, Instant now) {
    String newTitle = required(text.title(), MAX_TITLE, "kb.rule.titleRequired");
    String newSummary = required(text.summary(), MAX_SUMMARY, "kb.rule.summaryRequired");
    String newBody = PlainText.text(text.body());
    if (newBody == null || newBody.isBlank()) {
      throw new ArticleRuleException("kb.rule.bodyRequired");
    }
    if (newBody.length() > MAX_BODY) {
      throw new ArticleRuleException("kb.rule.tooLong", MAX_BODY);
    }
    String newLanguage = text.language() == null ? "bg" : text.language().toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(newLanguage)) {
      throw new ArticleRuleException("kb.rule.language");
    }
    this.docLink = link(text.docLink());
    this.helpLink = link(text.helpLink());
    this.forumLink = link(text.forumLink());
    this.language = newLanguage;
    this.title = newTitle;
    this.summary = newSummary;
    this.body = newBody.strip();
    this.updatedAt = now;
    this.updatedBy = author;
  }

  public void publish(boolean publish, String author, Instant now) {
    this.published = publish;
    this.updatedAt = now;
    this.updatedBy = author;
  }

  private static String required(String value, int max, String missingKey) {
    String line = PlainText.line(value);
    if (line == null || line.isBlank()) {
      throw new ArticleRuleException(missingKey);
    }
    if (line.length() > max) {
      throw new ArticleRuleException("kb.rule.tooLong", max);
    }
    return line.strip();
  }

  /** A link is an absolute http or https address with a host, or nothing. */
  static String link(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String candidate = value.strip();
    if (candidate.length() > MAX_LINK) {
      throw new ArticleRuleException("kb.rule.tooLong", MAX_LINK);
    }
    try {
      URI uri = new URI(candidate);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
        throw new ArticleRuleException("kb.rule.link", candidate);
      }
      return candidate;
    } catch (URISyntaxException e) {
      throw new ArticleRuleException("kb.rule.link", candidate);
    }
  }

  /** The article's links in the order a reader follows them: documentation, help, forum. */
  public List<String> links() {
    List<String> links = new ArrayList<>(3);
    for (String link : new String[] {docLink, helpLink, forumLink}) {
      if (link != null) {
        links.add(link);
      }
    }
    return links;
  }

  /** Whether a reader's text search finds the article (title, summary, text, topic; any case). */
  public boolean matches(String search) {
    if (search == null || search.isBlank()) {
      return true;
    }
    String needle = search.strip().toLowerCase(Locale.ROOT);
    return contains(title, needle)
        || contains(summary, needle)
        || contains(body, needle)
        || (topic != null && contains(topic.getName(), needle));
  }

  private static boolean contains(String text, String needle) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
  }

  public Long getId() {
    return id;
  }

  public Product getProduct() {
    return product;
  }

  public Topic getTopic() {
    return topic;
  }

  public String getLanguage() {
    return language;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public String getBody() {
    return body;
  }

  public String getDocLink() {
    return docLink;
  }

  public String getHelpLink() {
    return helpLink;
  }

  public String getForumLink() {
    return forumLink;
  }

  public boolean isPublished() {
    return published;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public int getVersion() {
    return version;
  }
}
