package bg.omegasoft.learning.entity;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A lesson of a module: rich-text content, a link to the product documentation, attachments. Its
 * lineage stays the same in every version, so versions can be compared lesson by lesson.
 */
@Entity
@Table(name = "lesson")
public class Lesson {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "module_id")
  private ProgrammeModule module;

  private String lineage;

  private int position;

  private String title;

  private String content;

  @Column(name = "doc_link")
  private String docLink;

  @OneToMany(mappedBy = "lesson", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<LessonAttachment> attachments = new ArrayList<>();

  protected Lesson() {}

  Lesson(ProgrammeModule module, String lineage, int position, String title) {
    this.module = module;
    this.lineage = lineage == null ? UUID.randomUUID().toString() : lineage;
    this.position = position;
    this.title = title;
  }

  /** Changes title, content (already cleaned HTML) and documentation link; drafts only. */
  public void edit(String newTitle, String newContent, String newDocLink) {
    module.getVersion().requireDraft();
    this.title = newTitle;
    this.content = newContent;
    this.docLink = newDocLink;
  }

  public LessonAttachment attach(Long fileId, String fileName, String contentType, int sizeBytes) {
    module.getVersion().requireDraft();
    if (sizeBytes > LessonAttachment.MAX_BYTES) {
      throw new AttachmentTooLargeException(LessonAttachment.MAX_BYTES / (1024 * 1024));
    }
    LessonAttachment attachment =
        new LessonAttachment(this, fileId, fileName, contentType, sizeBytes);
    attachments.add(attachment);
    return attachment;
  }

  public void detach(long attachmentId) {
    module.getVersion().requireDraft();
    attachments.removeIf(a -> Objects.equals(a.getId(), attachmentId));
  }

  Lesson copyFor(ProgrammeModule copy) {
    Lesson lesson = new Lesson(copy, lineage, position, title);
    lesson.content = content;
    lesson.docLink = docLink;
    attachments.forEach(a -> lesson.attachments.add(a.copyFor(lesson)));
    return lesson;
  }

  /** Whether what a learner sees differs from the other lesson's. */
  public boolean differsFrom(Lesson other) {
    return !Objects.equals(title, other.title)
        || !Objects.equals(content, other.content)
        || !Objects.equals(docLink, other.docLink)
        || !attachmentNames().equals(other.attachmentNames());
  }

  private List<String> attachmentNames() {
    return attachments.stream().map(LessonAttachment::getFileName).sorted().toList();
  }

  void position(int newPosition) {
    this.position = newPosition;
  }

  public Long getId() {
    return id;
  }

  public ProgrammeModule getModule() {
    return module;
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

  public String getContent() {
    return content;
  }

  public String getDocLink() {
    return docLink;
  }

  public List<LessonAttachment> getAttachments() {
    return attachments;
  }
}
