package bg.omegasoft.servicedesk.entity;

import bg.omegasoft.knowledge.entity.Article;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An article of the knowledge base that a consultant mailed to the caller during a call. */
@Entity
@Table(name = "phone_call_article")
@NamedQuery(
    name = CallArticle.FIND_BY_CALL,
    query = "select a from CallArticle a where a.call.id = :call order by a.sentAt, a.id")
public class CallArticle {

  public static final String FIND_BY_CALL = "CallArticle.findByCall";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "call_id")
  private PhoneCall call;

  @ManyToOne(optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  @Column(name = "sent_to", nullable = false, length = 254)
  private String sentTo;

  @Column(name = "sent_by", nullable = false, length = 100)
  private String sentBy;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected CallArticle() {}

  public CallArticle(PhoneCall call, Article article, String sentTo, String sentBy, Instant at) {
    this.call = call;
    this.article = article;
    this.sentTo = sentTo;
    this.sentBy = sentBy;
    this.sentAt = at;
  }

  public Long getId() {
    return id;
  }

  public PhoneCall getCall() {
    return call;
  }

  public Article getArticle() {
    return article;
  }

  public String getSentTo() {
    return sentTo;
  }

  public String getSentBy() {
    return sentBy;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
