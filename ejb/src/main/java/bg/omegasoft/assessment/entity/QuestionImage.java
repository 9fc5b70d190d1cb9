package bg.omegasoft.assessment.entity;

import bg.omegasoft.shared.boundary.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Set;

/**
 * The picture of a question, kept in the database so every node serves it. Versions of a question
 * share it; it never changes.
 */
@Entity
@Table(name = "question_image")
public class QuestionImage {

  /** The largest picture a question may carry. */
  public static final int MAX_BYTES = 1024 * 1024;

  static final Set<String> TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private int sizeBytes;

  private byte[] data;

  protected QuestionImage() {}

  /** A picture: PNG, JPEG, GIF or WebP of at most {@link #MAX_BYTES}. */
  public QuestionImage(String contentType, byte[] data) {
    if (data == null || data.length == 0) {
      throw new InvalidInputException("image", "question.imageEmpty");
    }
    if (data.length > MAX_BYTES) {
      throw new ImageTooLargeException(MAX_BYTES / 1024);
    }
    if (contentType == null || !TYPES.contains(contentType)) {
      throw new InvalidInputException("image", "question.imageType");
    }
    this.contentType = contentType;
    this.sizeBytes = data.length;
    this.data = data.clone();
  }

  public Long getId() {
    return id;
  }

  public String getContentType() {
    return contentType;
  }

  public int getSizeBytes() {
    return sizeBytes;
  }

  public byte[] data() {
    return data.clone();
  }
}
