package bg.omegasoft.learning.entity;

import bg.omegasoft.clients.entity.Client;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A training programme: standard (per product and level, in the public catalogue) or individual
 * (built for one client from a needs analysis). What it teaches lives in its versions.
 */
@Entity
@Table(name = "programme")
@NamedQuery(
    name = Programme.FIND_BY_KIND,
    query =
        "select p from Programme p where p.kind = :kind order by p.product.position, p.level, p.id")
@NamedQuery(
    name = Programme.FIND_BY_CLIENT,
    query = "select p from Programme p where p.client.id = :clientId order by p.id")
public class Programme {

  public static final String FIND_BY_KIND = "Programme.findByKind";
  public static final String FIND_BY_CLIENT = "Programme.findByClient";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private ProgrammeKind kind;

  @ManyToOne(optional = false)
  @JoinColumn(name = "product_id")
  private Product product;

  @Enumerated(EnumType.STRING)
  private Level level;

  @ManyToOne
  @JoinColumn(name = "client_id")
  private Client client;

  @Column(name = "needs_notes")
  private String needsNotes;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "programme_process", joinColumns = @JoinColumn(name = "programme_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "process")
  private Set<BusinessProcess> processes = EnumSet.noneOf(BusinessProcess.class);

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL)
  @OrderBy("number")
  private List<ProgrammeVersion> versions = new ArrayList<>();

  @Version private int version;

  protected Programme() {}

  private Programme(
      ProgrammeKind kind,
      Product product,
      Level level,
      Client client,
      String title,
      String who,
      Instant now) {
    this.kind = kind;
    this.product = product;
    this.level = level;
    this.client = client;
    this.createdBy = who;
    this.createdAt = now;
    versions.add(new ProgrammeVersion(this, 1, title, who, now));
  }

  /** A new standard programme with an empty first draft. */
  public static Programme standard(
      Product product, Level level, String title, String who, Instant now) {
    return new Programme(ProgrammeKind.STANDARD, product, level, null, title, who, now);
  }

  /** A new individual programme for a client with an empty first draft. */
  public static Programme individual(
      Product product, Level level, Client client, String title, String who, Instant now) {
    return new Programme(ProgrammeKind.INDIVIDUAL, product, level, client, title, who, now);
  }

  /** The version in force: the latest published one. */
  public Optional<ProgrammeVersion> current() {
    return versions.stream().filter(v -> v.getStatus() == VersionStatus.PUBLISHED).findFirst();
  }

  public Optional<ProgrammeVersion> draft() {
    return versions.stream().filter(ProgrammeVersion::isDraft).findFirst();
  }

  public ProgrammeVersion latest() {
    return versions.get(versions.size() - 1);
  }

  /** The draft to edit: the existing one, or a copy of the latest version numbered next. */
  public ProgrammeVersion startDraft(String who, Instant now) {
    Optional<ProgrammeVersion> draft = draft();
    if (draft.isPresent()) {
      return draft.get();
    }
    ProgrammeVersion latest = latest();
    ProgrammeVersion copy = latest.draftCopy(latest.getNumber() + 1, who, now);
    versions.add(copy);
    return copy;
  }

  /** Publishes the draft as the version in force; the previous one is superseded. */
  public ProgrammeVersion publishDraft(Publication publication, String who, Instant now) {
    ProgrammeVersion draft =
        draft().orElseThrow(() -> new NothingToPublishException(latest().getNumber()));
    draft.publish(publication, current().orElse(null), who, now);
    return draft;
  }

  /** Records the needs analysis: the client's processes and the notes. */
  public void recordNeeds(Set<BusinessProcess> newProcesses, String notes) {
    processes.clear();
    processes.addAll(newProcesses);
    this.needsNotes = notes == null || notes.isBlank() ? null : notes.strip();
  }

  public Optional<ProgrammeVersion> version(int number) {
    return versions.stream().filter(v -> v.getNumber() == number).findFirst();
  }

  public String getTitle() {
    return current().orElse(latest()).getTitle();
  }

  public Long getId() {
    return id;
  }

  public ProgrammeKind getKind() {
    return kind;
  }

  public Product getProduct() {
    return product;
  }

  public Level getLevel() {
    return level;
  }

  public Client getClient() {
    return client;
  }

  public String getNeedsNotes() {
    return needsNotes;
  }

  public Set<BusinessProcess> getProcesses() {
    return processes;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public List<ProgrammeVersion> getVersions() {
    return versions;
  }
}
