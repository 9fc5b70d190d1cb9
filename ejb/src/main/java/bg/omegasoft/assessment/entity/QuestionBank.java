package bg.omegasoft.assessment.entity;

import bg.omegasoft.learning.entity.Level;
import bg.omegasoft.learning.entity.Topic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The questions about one topic of a product at one level (one bank per topic and level). */
@Entity
@Table(name = "question_bank")
@NamedQuery(
    name = QuestionBank.FIND_ALL,
    query =
        "select b from QuestionBank b order by b.topic.product.position, b.topic.position, b.level")
@NamedQuery(
    name = QuestionBank.FIND_BY_TOPIC_LEVEL,
    query = "select b from QuestionBank b where b.topic.id = :topicId and b.level = :level")
public class QuestionBank {

  public static final String FIND_ALL = "QuestionBank.findAll";
  public static final String FIND_BY_TOPIC_LEVEL = "QuestionBank.findByTopicLevel";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "topic_id")
  private Topic topic;

  @Enumerated(EnumType.STRING)
  private Level level;

  private String title;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Version private int version;

  protected QuestionBank() {}

  public QuestionBank(Topic topic, Level level, String title, String who, Instant now) {
    this.topic = topic;
    this.level = level;
    this.title = title;
    this.createdBy = who;
    this.createdAt = now;
  }

  public void rename(String newTitle) {
    this.title = newTitle;
  }

  public Long getId() {
    return id;
  }

  public Topic getTopic() {
    return topic;
  }

  public Level getLevel() {
    return level;
  }

  public String getTitle() {
    return title;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
