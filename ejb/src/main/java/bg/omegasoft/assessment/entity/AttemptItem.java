package bg.omegasoft.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One drawn question of an attempt, in the version drawn, with the order its options are shown in
 * and the answer given. Each change of the answer raises its revision, so two tabs cannot overwrite
 * each other unknowingly.
 */
@Entity
@Table(name = "attempt_item")
@NamedQuery(
    name = AttemptItem.COUNT_WITH_IMAGE_OF_TRAINEE,
    query =
        "select count(i) from AttemptItem i where i.question.imageId = :imageId and"
            + " i.attempt.trainee.username = :username")
public class AttemptItem {

  public static final String COUNT_WITH_IMAGE_OF_TRAINEE = "AttemptItem.countWithImageOfTrainee";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "attempt_id")
  private Attempt attempt;

  private int position;

  @ManyToOne(optional = false)
  @JoinColumn(name = "question_id")
  private Question question;

  @Column(name = "option_order")
  private String optionOrder;

  private String answer;

  private int revision;

  @Column(name = "answered_at")
  private Instant answeredAt;

  private BigDecimal score;

  protected AttemptItem() {}

  AttemptItem(Attempt attempt, int position, Question question, List<Long> optionOrder) {
    this.attempt = attempt;
    this.position = position;
    this.question = question;
    this.optionOrder =
        optionOrder.isEmpty()
            ? null
            : optionOrder.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  /**
   * Records an answer. Giving the answer already stored changes nothing (a repeated save after a
   * lost connection is harmless); otherwise, when the caller names the revision it last saw and
   * that is not the stored one, the answer was changed elsewhere and nothing is written.
   *
   * @return whether the stored answer changed
   */
  boolean record(Answer given, Integer seenRevision, Instant now) {
    String encoded = given.encodeFor(question.key());
    if (!changes(answer, revision, encoded, seenRevision)) {
      return false;
    }
    this.answer = encoded;
    this.revision++;
    this.answeredAt = now;
    return true;
  }

  /**
   * The rule of {@link #record}: whether {@code encoded} changes the stored answer; refused
   * (conflict) when the caller names a revision it saw and the stored one has moved on since.
   */
  public static boolean changes(
      String stored, int storedRevision, String encoded, Integer seenRevision) {
    if (Objects.equals(encoded, stored)) {
      return false;
    }
    if (seenRevision != null && seenRevision != storedRevision) {
      throw new AnswerConflictException(storedRevision);
    }
    return true;
  }

  void grade(BigDecimal points) {
    this.score = points;
  }

  /** The ids of the options in the order this attempt shows them. */
  public List<Long> getOptionOrder() {
    return optionOrder == null
        ? List.of()
        : Arrays.stream(optionOrder.split(",")).map(Long::valueOf).toList();
  }

  public Answer answerGiven() {
    return Answer.decode(question.getType(), answer);
  }

  public boolean isAnswered() {
    return answer != null;
  }

  public Long getId() {
    return id;
  }

  public Attempt getAttempt() {
    return attempt;
  }

  public int getPosition() {
    return position;
  }

  public Question getQuestion() {
    return question;
  }

  public String getAnswer() {
    return answer;
  }

  public int getRevision() {
    return revision;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public BigDecimal getScore() {
    return score;
  }
}
