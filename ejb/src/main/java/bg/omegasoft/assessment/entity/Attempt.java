package bg.omegasoft.assessment.entity;

import bg.omegasoft.identity.entity.User;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One person's attempt at a test. Starting fixes the draw and the deadline (start + time limit, by
 * the server's clock); answers are taken until the deadline and never after it; the trainee or, at
 * the deadline, the server submits it, and it is graded then, once.
 */
@Entity
@Table(name = "attempt")
@NamedQuery(
    name = Attempt.FIND_IDS_OF,
    query =
        "select a.id, a.status from Attempt a where a.test.id = :testId and a.trainee.id ="
            + " :traineeId")
@NamedQuery(
    name = Attempt.FIND_OVERDUE_IDS,
    query =
        "select a.id from Attempt a where a.status ="
            + " bg.omegasoft.assessment.entity.AttemptStatus.IN_PROGRESS and a.deadline <= :now")
@NamedQuery(
    name = Attempt.FIND_BY_TRAINEE,
    query = "select a from Attempt a where a.trainee.id = :traineeId order by a.startedAt desc")
@NamedQuery(
    name = Attempt.FIND_BY_TEST,
    query = "select a from Attempt a where a.test.id = :testId order by a.startedAt desc")
@NamedQuery(
    name = Attempt.FIND_SUBMITTED_BY_TEST,
    query =
        "select a from Attempt a where a.test.id = :testId and a.status ="
            + " bg.omegasoft.assessment.entity.AttemptStatus.SUBMITTED order by a.id")
public class Attempt {

  public static final String FIND_IDS_OF = "Attempt.findIdsOf";
  public static final String FIND_OVERDUE_IDS = "Attempt.findOverdueIds";
  public static final String FIND_BY_TRAINEE = "Attempt.findByTrainee";
  public static final String FIND_BY_TEST = "Attempt.findByTest";
  public static final String FIND_SUBMITTED_BY_TEST = "Attempt.findSubmittedByTest";

  /** Who submitted: the trainee, or the server at the deadline. */
  public enum SubmittedBy {
    TRAINEE,
    SERVER
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "test_id")
  private TestDefinition test;

  @ManyToOne(optional = false)
  @JoinColumn(name = "trainee_id")
  private User trainee;

  private int number;

  @Enumerated(EnumType.STRING)
  private AttemptStatus status;

  @Column(name = "started_at")
  private Instant startedAt;

  private Instant deadline;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "submitted_by")
  private SubmittedBy submittedBy;

  private BigDecimal points;

  @Column(name = "max_points")
  private int maxPoints;

  @Column(name = "score_percent")
  private BigDecimal scorePercent;

  private Boolean passed;

  @Column(name = "pass_mark")
  private Integer passMark;

  @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<AttemptItem> items = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "attempt_topic_score", joinColumns = @JoinColumn(name = "attempt_id"))
  @OrderBy("topicName")
  private List<TopicScore> topicScores = new ArrayList<>();

  @Version private int version;

  protected Attempt() {}

  /**
   * Starts attempt number {@code number} with the drawn questions in their order; each question's
   * options in the order given.
   */
  public static Attempt start(
      TestDefinition test,
      User trainee,
      int number,
      Instant now,
      List<Question> drawn,
      Function<Question, List<Long>> optionOrder) {
    // moments are kept to the millisecond, as the database does: what the caller sees is what is
    // stored
    Instant start = now.truncatedTo(ChronoUnit.MILLIS);
    if (!test.isOpenAt(start)) {
      throw new TestNotAvailableException();
    }
    if (number > test.getMaxAttempts()) {
      throw new AttemptsUsedUpException(test.getMaxAttempts());
    }
    Attempt attempt = new Attempt();
    attempt.test = test;
    attempt.trainee = trainee;
    attempt.number = number;
    attempt.status = AttemptStatus.IN_PROGRESS;
    attempt.startedAt = start;
    attempt.deadline = test.deadlineFor(start).truncatedTo(ChronoUnit.MILLIS);
    attempt.maxPoints = drawn.size();
    int position = 1;
    for (Question question : drawn) {
      attempt.items.add(
          new AttemptItem(attempt, position++, question, optionOrder.apply(question)));
    }
    return attempt;
  }

  /**
   * Saves the answer to one of this attempt's questions, by the server's clock: refused after the
   * deadline or once submitted, and the answers given before stay as they are.
   *
   * @return whether the stored answer changed (the same answer again changes nothing)
   */
  public boolean answer(long itemId, Answer answer, Integer seenRevision, Instant now) {
    requireOpen(now);
    return item(itemId).record(answer, seenRevision, now);
  }

  /** Refuses anything but an attempt in progress before its deadline. */
  public void requireOpen(Instant now) {
    requireOpen(status, deadline, now);
  }

  /**
   * The rule of {@link #requireOpen(Instant)} for an attempt known only by its status and deadline
   * (the lean path that saves an answer without loading the attempt).
   */
  public static void requireOpen(AttemptStatus status, Instant deadline, Instant now) {
    if (status == AttemptStatus.SUBMITTED) {
      throw new AttemptSubmittedException();
    }
    if (!now.isBefore(deadline)) {
      throw new DeadlinePassedException();
    }
  }

  /** Whether the deadline has passed while the attempt is still in progress. */
  public boolean isOverdueAt(Instant now) {
    return status == AttemptStatus.IN_PROGRESS && !now.isBefore(deadline);
  }

  /**
   * Submits and grades the attempt, once: a second submission changes nothing and answers {@code
   * false}. Each item is scored by {@code scorer} (0 to 1 point); a final test is passed at the
   * pass mark of the programme version or above.
   */
  public boolean submit(Instant now, SubmittedBy by, Function<AttemptItem, BigDecimal> scorer) {
    if (status == AttemptStatus.SUBMITTED) {
      return false;
    }
    BigDecimal total = BigDecimal.ZERO;
    Map<Long, BigDecimal> topicPoints = new LinkedHashMap<>();
    Map<Long, Integer> topicMax = new LinkedHashMap<>();
    Map<Long, String> topicNames = new LinkedHashMap<>();
    for (AttemptItem item : items) {
      BigDecimal score = scorer.apply(item);
      item.grade(score);
      total = total.add(score);
      var topic = item.getQuestion().getBank().getTopic();
      topicPoints.merge(topic.getId(), score, BigDecimal::add);
      topicMax.merge(topic.getId(), 1, Integer::sum);
      topicNames.put(topic.getId(), topic.getName());
    }
    topicScores.clear();
    topicPoints.forEach(
        (topicId, points) ->
            topicScores.add(
                new TopicScore(topicId, topicNames.get(topicId), points, topicMax.get(topicId))));
    topicScores.sort(java.util.Comparator.comparing(TopicScore::getTopicName));
    this.points = total;
    this.scorePercent = percent(total, maxPoints);
    this.passMark = test.passMark();
    this.passed =
        passMark == null ? null : scorePercent.compareTo(BigDecimal.valueOf(passMark)) >= 0;
    this.status = AttemptStatus.SUBMITTED;
    // an attempt the server closes is closed as of its deadline
    this.submittedAt =
        by == SubmittedBy.SERVER && now.isAfter(deadline)
            ? deadline
            : now.truncatedTo(ChronoUnit.MILLIS);
    this.submittedBy = by;
    return true;
  }

  static BigDecimal percent(BigDecimal points, int max) {
    return max == 0
        ? BigDecimal.ZERO.setScale(2)
        : points
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(max), 2, RoundingMode.HALF_UP);
  }

  public AttemptItem item(long itemId) {
    return items.stream()
        .filter(i -> Objects.equals(i.getId(), itemId))
        .findFirst()
        .orElseThrow(
            () ->
                new bg.omegasoft.shared.boundary.InvalidInputException(
                    "item", "attempt.questionUnknown"));
  }

  public Optional<TopicScore> topicScore(long topicId) {
    return topicScores.stream().filter(t -> t.getTopicId() == topicId).findFirst();
  }

  public boolean isSubmitted() {
    return status == AttemptStatus.SUBMITTED;
  }

  public boolean hasPassed() {
    return Boolean.TRUE.equals(passed);
  }

  public long getAnsweredCount() {
    return items.stream().filter(AttemptItem::isAnswered).count();
  }

  public Long getId() {
    return id;
  }

  public TestDefinition getTest() {
    return test;
  }

  public User getTrainee() {
    return trainee;
  }

  public int getNumber() {
    return number;
  }

  public AttemptStatus getStatus() {
    return status;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getDeadline() {
    return deadline;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public SubmittedBy getSubmittedBy() {
    return submittedBy;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public int getMaxPoints() {
    return maxPoints;
  }

  public BigDecimal getScorePercent() {
    return scorePercent;
  }

  public Boolean getPassed() {
    return passed;
  }

  public Integer getPassMark() {
    return passMark;
  }

  public List<AttemptItem> getItems() {
    return items;
  }

  public List<TopicScore> getTopicScores() {
    return topicScores;
  }
}
