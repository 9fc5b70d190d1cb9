package bg.omegasoft.assessment.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of a question. A question no attempt has drawn is edited in place; once drawn, an
 * edit makes the next version (same lineage) and this one is kept, superseded, for the attempts
 * that show it.
 */
@Entity
@Table(name = "question")
@NamedQuery(
    name = Question.FIND_CURRENT_BY_BANK,
    query =
        "select q from Question q where q.bank.id = :bankId and q.status ="
            + " bg.omegasoft.assessment.entity.QuestionStatus.CURRENT order by q.id")
@NamedQuery(
    name = Question.FIND_DRAWABLE,
    query =
        "select q.bank.id, q.id, q.difficulty from Question q where q.bank.id in :bankIds and"
            + " q.status = bg.omegasoft.assessment.entity.QuestionStatus.CURRENT order by q.id")
@NamedQuery(
    name = Question.FIND_LINEAGE,
    query = "select q from Question q where q.lineage = :lineage order by q.number")
@NamedQuery(
    name = Question.COUNT_WITH_IMAGE,
    query = "select count(q) from Question q where q.imageId = :imageId")
public class Question {

  public static final String FIND_CURRENT_BY_BANK = "Question.findCurrentByBank";
  public static final String FIND_DRAWABLE = "Question.findDrawable";
  public static final String FIND_LINEAGE = "Question.findLineage";
  public static final String COUNT_WITH_IMAGE = "Question.countWithImage";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "bank_id")
  private QuestionBank bank;

  private String lineage;

  private int number;

  @Enumerated(EnumType.STRING)
  private QuestionStatus status;

  @Enumerated(EnumType.STRING)
  private QuestionType type;

  @Enumerated(EnumType.STRING)
  private Difficulty difficulty;

  private String text;

  @Column(name = "image_id")
  private Long imageId;

  @Column(name = "true_answer")
  private Boolean trueAnswer;

  @Column(name = "numeric_answer")
  private BigDecimal numericAnswer;

  @Column(name = "numeric_tolerance")
  private BigDecimal numericTolerance;

  private String explanation;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<QuestionOption> options = new ArrayList<>();

  @Version private int version;

  protected Question() {}

  private Question(QuestionBank bank, String lineage, int number, String who, Instant now) {
    this.bank = bank;
    this.lineage = lineage;
    this.number = number;
    this.status = QuestionStatus.CURRENT;
    this.createdBy = who;
    this.createdAt = now;
  }

  /** A new question (version 1) in a bank; the text must already be cleaned. */
  public static Question create(
      QuestionBank bank, QuestionContent content, Long imageId, String who, Instant now) {
    content.check();
    Question question = new Question(bank, UUID.randomUUID().toString(), 1, who, now);
    question.take(content, imageId);
    return question;
  }

  /** Changes this version in place: only for a question no attempt has drawn. */
  public void edit(QuestionContent content, Long newImageId) {
    content.check();
    requireCurrent();
    take(content, newImageId);
  }

  /** The next version with the new content; this one is kept, superseded. */
  public Question nextVersion(QuestionContent content, Long newImageId, String who, Instant now) {
    content.check();
    requireCurrent();
    Question next = new Question(bank, lineage, number + 1, who, now);
    next.take(content, newImageId);
    this.status = QuestionStatus.SUPERSEDED;
    return next;
  }

  /** Takes the question out of the bank: no new attempt draws it; past attempts keep it. */
  public void retire() {
    requireCurrent();
    status = QuestionStatus.RETIRED;
  }

  private void requireCurrent() {
    if (status != QuestionStatus.CURRENT) {
      throw new bg.omegasoft.shared.boundary.InvalidInputException(
          "question", "question.notCurrent");
    }
  }

  private void take(QuestionContent content, Long newImageId) {
    this.type = content.type();
    this.difficulty = content.difficulty();
    this.text = content.text();
    this.imageId = newImageId;
    this.trueAnswer = content.type() == QuestionType.TRUE_FALSE ? content.trueAnswer() : null;
    boolean numeric = content.type() == QuestionType.NUMERIC;
    this.numericAnswer = numeric ? content.numericAnswer() : null;
    this.numericTolerance =
        numeric
            ? (content.numericTolerance() == null ? BigDecimal.ZERO : content.numericTolerance())
            : null;
    this.explanation =
        content.explanation() == null || content.explanation().isBlank()
            ? null
            : content.explanation().strip();
    options.clear();
    if (content.type().isChoice() || content.type() == QuestionType.SHORT_ANSWER) {
      int position = 1;
      for (QuestionContent.Choice choice : content.filledOptions()) {
        options.add(new QuestionOption(this, position++, choice.text(), choice.correct()));
      }
    }
  }

  /** The content of this version, to edit or export. */
  public QuestionContent content() {
    return new QuestionContent(
        type,
        difficulty,
        text,
        trueAnswer,
        numericAnswer,
        numericTolerance,
        explanation,
        options.stream().map(o -> new QuestionContent.Choice(o.getText(), o.isCorrect())).toList());
  }

  /** What checking an answer needs: the type and the option ids (no scoring key). */
  public QuestionKey key() {
    return new QuestionKey(type, options.stream().map(QuestionOption::getId).toList());
  }

  public Optional<QuestionOption> option(long optionId) {
    return options.stream().filter(o -> o.getId() == optionId).findFirst();
  }

  public Long getId() {
    return id;
  }

  public QuestionBank getBank() {
    return bank;
  }

  public String getLineage() {
    return lineage;
  }

  public int getNumber() {
    return number;
  }

  public QuestionStatus getStatus() {
    return status;
  }

  public QuestionType getType() {
    return type;
  }

  public Difficulty getDifficulty() {
    return difficulty;
  }

  public String getText() {
    return text;
  }

  public Long getImageId() {
    return imageId;
  }

  public Boolean getTrueAnswer() {
    return trueAnswer;
  }

  public BigDecimal getNumericAnswer() {
    return numericAnswer;
  }

  public BigDecimal getNumericTolerance() {
    return numericTolerance;
  }

  public String getExplanation() {
    return explanation;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public List<QuestionOption> getOptions() {
    return options;
  }
}
