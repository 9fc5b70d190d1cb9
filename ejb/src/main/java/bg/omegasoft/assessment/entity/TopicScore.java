package bg.omegasoft.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** How a submitted attempt did on one topic: points of the topic's questions and the percent. */
@Embeddable
public class TopicScore {

  @Column(name = "topic_id")
  private Long topicId;

  @Column(name = "topic_name")
  private String topicName;

  private BigDecimal points;

  @Column(name = "max_points")
  private int maxPoints;

  private BigDecimal percent;

  protected TopicScore() {}

  TopicScore(Long topicId, String topicName, BigDecimal points, int maxPoints) {
    this.topicId = topicId;
    this.topicName = topicName;
    this.points = points;
    this.maxPoints = maxPoints;
    this.percent = Attempt.percent(points, maxPoints);
  }

  public Long getTopicId() {
    return topicId;
  }

  public String getTopicName() {
    return topicName;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public int getMaxPoints() {
    return maxPoints;
  }

  public BigDecimal getPercent() {
    return percent;
  }
}
