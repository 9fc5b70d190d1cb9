package bg.omegasoft.assessment.entity;

import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.learning.entity.TrainingSession;
import bg.omegasoft.shared.boundary.InvalidInputException;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An entry or final test of a programme version (or of one session of it): its blueprint, time
 * limit, attempts and availability window. A final test's pass mark is the programme version's.
 */
@Entity
@Table(name = "test_definition")
@NamedQuery(
    name = TestDefinition.FIND_ALL,
    query = "select t from TestDefinition t order by t.id desc")
@NamedQuery(
    name = TestDefinition.FIND_PUBLISHED,
    query = "select t from TestDefinition t where t.published = true order by t.id")
public class TestDefinition {

  public static final String FIND_ALL = "TestDefinition.findAll";
  public static final String FIND_PUBLISHED = "TestDefinition.findPublished";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private TestKind kind;

  private String title;

  @ManyToOne(optional = false)
  @JoinColumn(name = "version_id")
  private ProgrammeVersion programmeVersion;

  @ManyToOne
  @JoinColumn(name = "session_id")
  private TrainingSession session;

  @Column(name = "time_limit_minutes")
  private int timeLimitMinutes;

  @Column(name = "max_attempts")
  private int maxAttempts;

  @Column(name = "available_from")
  private Instant availableFrom;

  @Column(name = "available_until")
  private Instant availableUntil;

  @Column(name = "shuffle_options")
  private boolean shuffleOptions;

  @Column(name = "review_allowed")
  private boolean reviewAllowed;

  private boolean published;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @OneToMany(mappedBy = "test", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<BlueprintLine> blueprint = new ArrayList<>();

  @Version private int version;

  protected TestDefinition() {}

  /**
   * A new test of a published programme version, or of a session (whose version it takes). It is
   * not open to trainees until published.
   */
  public TestDefinition(
      TestKind kind,
      ProgrammeVersion programmeVersion,
      TrainingSession session,
      TestSettings settings,
      String who,
      Instant now) {
    if (kind == null) {
      throw new InvalidInputException("kind", "test.kindRequired");
    }
    if (programmeVersion == null || programmeVersion.isDraft()) {
      throw new InvalidInputException("programmeVersion", "test.versionNotPublished");
    }
    if (session != null
        && !session.getProgrammeVersion().getId().equals(programmeVersion.getId())) {
      throw new InvalidInputException("session", "test.sessionOtherVersion");
    }
    this.kind = kind;
    this.programmeVersion = programmeVersion;
    this.session = session;
    this.createdBy = who;
    this.createdAt = now;
    configure(settings);
  }

  public void configure(TestSettings settings) {
    settings.check();
    this.title = settings.title().strip();
    this.timeLimitMinutes = settings.timeLimitMinutes();
    this.maxAttempts = settings.maxAttempts();
    this.availableFrom = settings.availableFrom();
    this.availableUntil = settings.availableUntil();
    this.shuffleOptions = settings.shuffleOptions();
    this.reviewAllowed = settings.reviewAllowed();
  }

  public TestSettings settings() {
    return new TestSettings(
        title,
        timeLimitMinutes,
        maxAttempts,
        availableFrom,
        availableUntil,
        shuffleOptions,
        reviewAllowed);
  }

  /**
   * Adds a blueprint line. Banks of another product than the programme's are refused, and so are
   * banks of another level for a final test (it certifies that level).
   */
  public BlueprintLine addLine(QuestionBank bank, Difficulty difficulty, int questions) {
    if (questions < 1 || questions > 100) {
      throw new InvalidInputException("questions", "test.lineCountRange");
    }
    if (!bank.getTopic()
        .getProduct()
        .getId()
        .equals(programmeVersion.getProgramme().getProduct().getId())) {
      throw new InvalidInputException("bank", "test.bankOtherProduct");
    }
    if (kind == TestKind.FINAL && bank.getLevel() != programmeVersion.getProgramme().getLevel()) {
      throw new InvalidInputException("bank", "test.bankOtherLevel");
    }
    boolean same =
        blueprint.stream()
            .anyMatch(
                l -> l.getBank().getId().equals(bank.getId()) && l.getDifficulty() == difficulty);
    if (same) {
      throw new InvalidInputException("bank", "test.lineDuplicate");
    }
    BlueprintLine line = new BlueprintLine(this, blueprint.size() + 1, bank, difficulty, questions);
    blueprint.add(line);
    return line;
  }

  public void removeLine(long lineId) {
    blueprint.removeIf(l -> Objects.equals(l.getId(), lineId));
    for (int i = 0; i < blueprint.size(); i++) {
      blueprint.get(i).position(i + 1);
    }
  }

  public void publish() {
    if (blueprint.isEmpty()) {
      throw new InvalidInputException("blueprint", "test.blueprintEmpty");
    }
    this.published = true;
  }

  public void withdraw() {
    this.published = false;
  }

  /** Whether trainees may start an attempt now: published and inside the window. */
  public boolean isOpenAt(Instant now) {
    return published
        && (availableFrom == null || !now.isBefore(availableFrom))
        && (availableUntil == null || now.isBefore(availableUntil));
  }

  /**
   * The deadline of an attempt started now: start + time limit, and never after the window closes.
   */
  public Instant deadlineFor(Instant start) {
    Instant byLimit = start.plus(Duration.ofMinutes(timeLimitMinutes));
    return availableUntil != null && availableUntil.isBefore(byLimit) ? availableUntil : byLimit;
  }

  /** Answers may be reviewed once the window has closed, if the test allows it. */
  public boolean isReviewOpenAt(Instant now) {
    return reviewAllowed && availableUntil != null && !now.isBefore(availableUntil);
  }

  /** The pass mark (percent) of a final test: the programme version's; none for an entry test. */
  public Integer passMark() {
    return kind == TestKind.FINAL ? programmeVersion.getPassMark() : null;
  }

  public int getQuestionCount() {
    return blueprint.stream().mapToInt(BlueprintLine::getQuestions).sum();
  }

  public Long getId() {
    return id;
  }

  public TestKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public ProgrammeVersion getProgrammeVersion() {
    return programmeVersion;
  }

  public TrainingSession getSession() {
    return session;
  }

  public int getTimeLimitMinutes() {
    return timeLimitMinutes;
  }

  public int getMaxAttempts() {
    return maxAttempts;
  }

  public Instant getAvailableFrom() {
    return availableFrom;
  }

  public Instant getAvailableUntil() {
    return availableUntil;
  }

  public boolean isShuffleOptions() {
    return shuffleOptions;
  }

  public boolean isReviewAllowed() {
    return reviewAllowed;
  }

  public boolean isPublished() {
    return published;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public List<BlueprintLine> getBlueprint() {
    return blueprint;
  }
}
