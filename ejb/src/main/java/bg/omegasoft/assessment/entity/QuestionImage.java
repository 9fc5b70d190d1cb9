package bg.omegasoft.assessment.entity;

import bg.omegasoft.shared.boundary.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The picture of a question, kept in the database so every node serves it. Versions of a question
 * share it; it never changes. Only PNG, JPEG, GIF and WebP are taken, and only when the bytes are
 * what the declared type says: a browser shown a file as a picture must never find a page or a
 * script in it. SVG is refused, since it can carry a script.
 */
@Entity
@Table(name = "question_image")
public class QuestionImage {

  /** The largest picture a question may carry. */
  public static final int MAX_BYTES = 1024 * 1024;

  /** The accepted types and the extension a file of each is named with. */
  static final Map<String, String> TYPES =
      Map.of("image/png", "png", "image/jpeg", "jpg", "image/gif", "gif", "image/webp", "webp");

  /** Older names some systems still declare. */
  private static final Map<String, String> ALIASES =
      Map.of("image/jpg", "image/jpeg", "image/pjpeg", "image/jpeg", "image/x-png", "image/png");

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private int sizeBytes;

  private byte[] data;

  protected QuestionImage() {}

  /**
   * A picture of at most {@link #MAX_BYTES}: PNG, JPEG, GIF or WebP by its bytes, and the same as
   * {@code declaredType} when one is declared (an upload's type; an import's, by the file's name).
   */
  public QuestionImage(String declaredType, byte[] data) {
    if (data == null || data.length == 0) {
      throw new InvalidInputException("image", "question.imageEmpty");
    }
    if (data.length > MAX_BYTES) {
      throw new ImageTooLargeException(MAX_BYTES / 1024);
    }
    this.contentType = checkedType(declaredType, data);
    this.sizeBytes = data.length;
    this.data = data.clone();
  }

  /**
   * The type of a picture's bytes, when they are PNG, JPEG, GIF or WebP and, if a type is declared,
   * the one declared; otherwise refused.
   */
  public static String checkedType(String declaredType, byte[] data) {
    String actual =
        typeOf(data).orElseThrow(() -> new InvalidInputException("image", "question.imageType"));
    if (declaredType != null
        && !actual.equals(ALIASES.getOrDefault(normal(declaredType), normal(declaredType)))) {
      throw new InvalidInputException("image", "question.imageMismatch");
    }
    return actual;
  }

  /**
   * What the bytes are, by their signature: {@code image/png}, {@code image/jpeg}, {@code
   * image/gif} or {@code image/webp}; empty for anything else (SVG, HTML, a program).
   */
  public static Optional<String> typeOf(byte[] data) {
    if (startsWith(data, 0, PNG)) {
      return Optional.of("image/png");
    }
    if (startsWith(data, 0, JPEG)) {
      return Optional.of("image/jpeg");
    }
    if (startsWith(data, 0, GIF87) || startsWith(data, 0, GIF89)) {
      return Optional.of("image/gif");
    }
    if (startsWith(data, 0, RIFF) && startsWith(data, 8, WEBP)) {
      return Optional.of("image/webp");
    }
    return Optional.empty();
  }

  /**
   * Whether the stored bytes are the picture the stored type says (pictures stored before they were
   * checked may not be): only such a picture is ever served.
   */
  public boolean isGenuine() {
    return typeOf(data).map(contentType::equals).orElse(false);
  }

  /** The name a browser saves the picture under. */
  public String fileName() {
    return "question-picture-" + id + "." + TYPES.getOrDefault(contentType, "bin");
  }

  private static String normal(String type) {
    int parameters = type.indexOf(';');
    return (parameters < 0 ? type : type.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
  }

  private static boolean startsWith(byte[] data, int offset, byte[] signature) {
    if (data == null || data.length < offset + signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (data[offset + i] != signature[i]) {
        return false;
      }
    }
    return true;
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
