package bg.omegasoft.learning.entity;

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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One version of a programme: what it teaches (modules and lessons), its hours, standard price and
 * pass mark, and, once published, why it changed and from when it applies. A published version
 * never changes; every change goes to a draft that becomes the next version when published.
 */
@Entity
@Table(name = "programme_version")
@NamedQuery(
    name = ProgrammeVersion.FIND_PUBLISHED_STANDARD,
    query =
        "select v from ProgrammeVersion v where v.status = bg.omegasoft.learning.entity.VersionStatus.PUBLISHED"
            + " and v.programme.kind = bg.omegasoft.learning.entity.ProgrammeKind.STANDARD")
public class ProgrammeVersion {

  public static final String FIND_PUBLISHED_STANDARD = "ProgrammeVersion.findPublishedStandard";

  static final BigDecimal MAX_PRICE = new BigDecimal("100000.00");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "programme_id")
  private Programme programme;

  private int number;

  @Enumerated(EnumType.STRING)
  private VersionStatus status;

  private String title;

  private String description;

  private String outcomes;

  private BigDecimal price;

  @Column(name = "pass_mark")
  private int passMark;

  @Enumerated(EnumType.STRING)
  private ChangeReason reason;

  @Column(name = "reason_reference")
  private String reasonReference;

  @Column(name = "reason_effective_on")
  private LocalDate reasonEffectiveOn;

  @Column(name = "product_version")
  private String productVersion;

  @Column(name = "reason_note")
  private String reasonNote;

  @Column(name = "applies_from")
  private LocalDate appliesFrom;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "published_by")
  private String publishedBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ProgrammeModule> modules = new ArrayList<>();

  @Version private int version;

  protected ProgrammeVersion() {}

  ProgrammeVersion(Programme programme, int number, String title, String who, Instant now) {
    this.programme = programme;
    this.number = number;
    this.status = VersionStatus.DRAFT;
    this.title = title;
    this.passMark = 70;
    this.createdBy = who;
    this.createdAt = now;
  }

  /** Refuses any change unless this is a draft. */
  public void requireDraft() {
    if (status != VersionStatus.DRAFT) {
      throw new VersionNotEditableException(number);
    }
  }

  /** Sets title, description, learning outcomes, standard price (EUR excl. VAT) and pass mark. */
  public void describe(
      String newTitle,
      String newDescription,
      String newOutcomes,
      BigDecimal newPrice,
      int newPassMark) {
    requireDraft();
    if (newTitle == null || newTitle.isBlank() || newTitle.strip().length() > 200) {
      throw new InvalidInputException("title", "programme.titleRequired");
    }
    if (newPassMark < 1 || newPassMark > 100) {
      throw new InvalidInputException("passMark", "programme.passMarkRange");
    }
    if (newPrice != null && (newPrice.signum() < 0 || newPrice.compareTo(MAX_PRICE) > 0)) {
      throw new InvalidInputException("price", "programme.priceRange");
    }
    if (programme.getKind() == ProgrammeKind.STANDARD && newPrice == null) {
      throw new InvalidInputException("price", "programme.priceRequired");
    }
    this.title = newTitle.strip();
    this.description = blankToNull(newDescription);
    this.outcomes = blankToNull(newOutcomes);
    this.price = newPrice == null ? null : newPrice.setScale(2, RoundingMode.HALF_UP);
    this.passMark = newPassMark;
  }

  public ProgrammeModule addModule(
      String moduleTitle, String summary, BigDecimal hours, Topic topic) {
    requireDraft();
    ProgrammeModule module = new ProgrammeModule(this, null, modules.size() + 1);
    module.describe(moduleTitle, summary, hours, topic);
    if (programme.getKind() == ProgrammeKind.INDIVIDUAL) {
      module.markCustom();
    }
    modules.add(module);
    return module;
  }

  /** Adds a copy of a module of another (published) version, e.g. a standard module. */
  public ProgrammeModule adoptModule(ProgrammeModule source) {
    requireDraft();
    ProgrammeModule copy = source.copyFor(this, modules.size() + 1, false);
    modules.add(copy);
    return copy;
  }

  public void removeModule(long moduleId) {
    requireDraft();
    modules.removeIf(m -> Objects.equals(m.getId(), moduleId));
    renumber();
  }

  public void moveModuleUp(long moduleId) {
    requireDraft();
    for (int i = 1; i < modules.size(); i++) {
      if (Objects.equals(modules.get(i).getId(), moduleId)) {
        modules.add(i - 1, modules.remove(i));
        break;
      }
    }
    renumber();
  }

  private void renumber() {
    for (int i = 0; i < modules.size(); i++) {
      modules.get(i).position(i + 1);
    }
  }

  /** A new draft with the same content, numbered next; lessons keep their lineage. */
  ProgrammeVersion draftCopy(int newNumber, String who, Instant now) {
    ProgrammeVersion draft = new ProgrammeVersion(programme, newNumber, title, who, now);
    draft.description = description;
    draft.outcomes = outcomes;
    draft.price = price;
    draft.passMark = passMark;
    modules.forEach(m -> draft.modules.add(m.copyFor(draft, m.getPosition(), true)));
    return draft;
  }

  /** Publishes this draft; {@code previous} is the version it replaces (or null). */
  void publish(Publication publication, ProgrammeVersion previous, String who, Instant now) {
    requireDraft();
    if (modules.isEmpty() || modules.stream().allMatch(m -> m.getLessons().isEmpty())) {
      throw new NothingToPublishException(number);
    }
    if (programme.getKind() == ProgrammeKind.STANDARD && price == null) {
      throw new InvalidInputException("price", "programme.priceRequired");
    }
    publication.check(number, previous == null ? null : previous.appliesFrom);
    this.reason = publication.reasonFor(number);
    boolean regulation = reason == ChangeReason.REGULATION_CHANGE;
    this.reasonReference = regulation ? publication.reference().strip() : null;
    this.reasonEffectiveOn = regulation ? publication.effectiveOn() : null;
    this.productVersion =
        reason == ChangeReason.PRODUCT_CHANGE ? publication.productVersion().strip() : null;
    this.reasonNote = blankToNull(publication.note());
    this.appliesFrom = publication.appliesFrom();
    this.status = VersionStatus.PUBLISHED;
    this.publishedAt = now;
    this.publishedBy = who;
    if (previous != null) {
      previous.status = VersionStatus.SUPERSEDED;
    }
  }

  /** The total hours: the sum of the modules' hours. */
  public BigDecimal getHours() {
    return modules.stream()
        .map(ProgrammeModule::getHours)
        .filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(1, RoundingMode.HALF_UP);
  }

  public int getLessonCount() {
    return modules.stream().mapToInt(m -> m.getLessons().size()).sum();
  }

  public boolean isDraft() {
    return status == VersionStatus.DRAFT;
  }

  public boolean isPublishedOrSuperseded() {
    return status != VersionStatus.DRAFT;
  }

  public List<Lesson> allLessons() {
    return modules.stream().flatMap(m -> m.getLessons().stream()).toList();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public Long getId() {
    return id;
  }

  public Programme getProgramme() {
    return programme;
  }

  public int getNumber() {
    return number;
  }

  public VersionStatus getStatus() {
    return status;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public String getOutcomes() {
    return outcomes;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public int getPassMark() {
    return passMark;
  }

  public ChangeReason getReason() {
    return reason;
  }

  public String getReasonReference() {
    return reasonReference;
  }

  public LocalDate getReasonEffectiveOn() {
    return reasonEffectiveOn;
  }

  public String getProductVersion() {
    return productVersion;
  }

  public String getReasonNote() {
    return reasonNote;
  }

  public LocalDate getAppliesFrom() {
    return appliesFrom;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public List<ProgrammeModule> getModules() {
    return modules;
  }
}
