package bg.omegasoft.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A file attached to a lesson (a handout, a sample payroll sheet); its bytes are a LearningFile.
 */
@Entity
@Table(name = "lesson_attachment")
public class LessonAttachment {

  /** The largest attachment accepted: 5 MiB (the database refuses more, too). */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /** The longest file name kept (the column's length). */
  public static final int MAX_NAME = 200;

  /**
   * What a lesson may carry: documents, pictures and archives, each checked by its content too
   * ({@link bg.omegasoft.shared.control.ContentTypes}); never programs, scripts or web pages.
   */
  public static final Set<String> ALLOWED_TYPES =
      Collections.unmodifiableSortedSet(
          new TreeSet<>(
              Set.of(
                  "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf",
                  "txt", "csv", "png", "jpg", "jpeg", "gif", "zip")));

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "lesson_id")
  private Lesson lesson;

  @Column(name = "file_id", nullable = false)
  private Long fileId;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private int sizeBytes;

  protected LessonAttachment() {}

  LessonAttachment(Lesson lesson, Long fileId, String fileName, String contentType, int sizeBytes) {
    this.lesson = lesson;
    this.fileId = fileId;
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
  }

  LessonAttachment copyFor(Lesson copy) {
    return new LessonAttachment(copy, fileId, fileName, contentType, sizeBytes);
  }

  public Long getId() {
    return id;
  }

  public Lesson getLesson() {
    return lesson;
  }

  public Long getFileId() {
    return fileId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public int getSizeBytes() {
    return sizeBytes;
  }
}
