package bg.omegasoft.learning.entity;

import bg.omegasoft.shared.boundary.InvalidInputException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A module of a programme version: lessons on one topic, with its hours. A module of an individual
 * programme is either taken from a standard programme or custom-made for the client.
 */
@Entity
@Table(name = "programme_module")
public class ProgrammeModule {

  static final BigDecimal MAX_HOURS = BigDecimal.valueOf(200);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "version_id")
  private ProgrammeVersion version;

  private String lineage;

  private int position;

  private String title;

  private String summary;

  private BigDecimal hours;

  @ManyToOne
  @JoinColumn(name = "topic_id")
  private Topic topic;

  private boolean custom;

  @Column(name = "source_version_id")
  private Long sourceVersionId;

  @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Lesson> lessons = new ArrayList<>();

  protected ProgrammeModule() {}

  ProgrammeModule(ProgrammeVersion version, String lineage, int position) {
    this.version = version;
    this.lineage = lineage == null ? UUID.randomUUID().toString() : lineage;
    this.position = position;
  }

  /** Sets what the module is; drafts only. Hours are more than 0 and at most 200. */
  public void describe(String newTitle, String newSummary, BigDecimal newHours, Topic newTopic) {
    version.requireDraft();
    if (newTitle == null || newTitle.isBlank() || newTitle.strip().length() > 200) {
      throw new InvalidInputException("moduleTitle", "module.titleRequired");
    }
    if (newHours == null || newHours.signum() <= 0 || newHours.compareTo(MAX_HOURS) > 0) {
      throw new InvalidInputException("moduleHours", "module.hoursRange");
    }
    if (newSummary != null && newSummary.length() > 2000) {
      throw new InvalidInputException("moduleSummary", "module.summaryTooLong");
    }
    this.title = newTitle.strip();
    this.summary = newSummary == null || newSummary.isBlank() ? null : newSummary.strip();
    this.hours = newHours.setScale(1, java.math.RoundingMode.HALF_UP);
    this.topic = newTopic;
  }

  public Lesson addLesson(String lessonTitle) {
    version.requireDraft();
    if (lessonTitle == null || lessonTitle.isBlank() || lessonTitle.strip().length() > 200) {
      throw new InvalidInputException("lessonTitle", "lesson.titleRequired");
    }
    Lesson lesson = new Lesson(this, null, lessons.size() + 1, lessonTitle.strip());
    lessons.add(lesson);
    return lesson;
  }

  public void removeLesson(long lessonId) {
    version.requireDraft();
    lessons.removeIf(l -> Objects.equals(l.getId(), lessonId));
    renumber();
  }

  /** Moves a lesson one place up (towards the start). */
  public void moveLessonUp(long lessonId) {
    version.requireDraft();
    for (int i = 1; i < lessons.size(); i++) {
      if (Objects.equals(lessons.get(i).getId(), lessonId)) {
        lessons.add(i - 1, lessons.remove(i));
        break;
      }
    }
    renumber();
  }

  private void renumber() {
    for (int i = 0; i < lessons.size(); i++) {
      lessons.get(i).position(i + 1);
    }
  }

  ProgrammeModule copyFor(ProgrammeVersion copy, int newPosition, boolean keepLineage) {
    ProgrammeModule module = new ProgrammeModule(copy, keepLineage ? lineage : null, newPosition);
    module.title = title;
    module.summary = summary;
    module.hours = hours;
    module.topic = topic;
    module.custom = custom;
    module.sourceVersionId = keepLineage ? sourceVersionId : version.getId();
    lessons.forEach(l -> module.lessons.add(l.copyFor(module)));
    return module;
  }

  /** Whether the module's own description differs (lessons are compared one by one). */
  public boolean differsFrom(ProgrammeModule other) {
    return !Objects.equals(title, other.title)
        || !Objects.equals(summary, other.summary)
        || hours.compareTo(other.hours) != 0;
  }

  void markCustom() {
    this.custom = true;
  }

  void position(int newPosition) {
    this.position = newPosition;
  }

  public Long getId() {
    return id;
  }

  public ProgrammeVersion getVersion() {
    return version;
  }

  public String getLineage() {
    return lineage;
  }

  public int getPosition() {
    return position;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public Topic getTopic() {
    return topic;
  }

  public boolean isCustom() {
    return custom;
  }

  public Long getSourceVersionId() {
    return sourceVersionId;
  }

  public List<Lesson> getLessons() {
    return lessons;
  }
}
