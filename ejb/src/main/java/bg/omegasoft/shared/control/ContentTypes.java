package bg.omegasoft.shared.control;

import bg.omegasoft.shared.entity.PlainText;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether an uploaded file may be stored, by its extension (on the caller's allowed list)
 * and by what its first bytes show it really is (a PDF must start like a PDF, a spreadsheet like a
 * spreadsheet; nothing that looks like a program passes, whatever its name). The answer is the
 * content type to store and to serve it with: never the one the sender claimed. Used by every
 * upload (PDM files, lesson attachments), each with its own list.
 */
public final class ContentTypes {

  /** How many first bytes are looked at. */
  public static final int SNIFF_LENGTH = 8192;

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("pdf", "application/pdf"),
          Map.entry("doc", "application/msword"),
          Map.entry("xls", "application/vnd.ms-excel"),
          Map.entry("ppt", "application/vnd.ms-powerpoint"),
          Map.entry(
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          Map.entry(
              "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
          Map.entry("odt", "application/vnd.oasis.opendocument.text"),
          Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
          Map.entry("odp", "application/vnd.oasis.opendocument.presentation"),
          Map.entry("rtf", "application/rtf"),
          Map.entry("zip", "application/zip"),
          Map.entry("csv", "text/csv"),
          Map.entry("txt", "text/plain"),
          Map.entry("xml", "application/xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("tif", "image/tiff"),
          Map.entry("tiff", "image/tiff"),
          Map.entry("p7s", "application/pkcs7-signature"),
          Map.entry("p7m", "application/pkcs7-mime"));

  /** Why a file was refused. */
  public enum Refusal {
    /** The extension is not on the allowed list. */
    NOT_ALLOWED,
    /** The content is not what the extension says, or looks like a program. */
    MISMATCH
  }

  /** The verdict: allowed with a content type, or refused with the reason. */
  public record Verdict(String contentType, Refusal refusal) {
    public boolean allowed() {
      return refusal == null;
    }

    static Verdict allow(String contentType) {
      return new Verdict(contentType, null);
    }

    static Verdict refuse(Refusal refusal) {
      return new Verdict(null, refusal);
    }
  }

  private ContentTypes() {}

  /**
   * @param fileName the name as kept (see {@link PlainText#fileName})
   * @param head the first {@link #SNIFF_LENGTH} bytes of the content (fewer for a shorter file)
   * @param allowedExtensions lower case, without dots
   */
  public static Verdict check(String fileName, byte[] head, Set<String> allowedExtensions) {
    String extension = PlainText.extension(fileName);
    if (extension.isEmpty() || !allowedExtensions.contains(extension)) {
      return Verdict.refuse(Refusal.NOT_ALLOWED);
    }
    if (looksExecutable(head)) {
      return Verdict.refuse(Refusal.MISMATCH);
    }
    boolean matches =
        switch (extension) {
          case "pdf" -> startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII));
          case "docx", "xlsx", "pptx", "odt", "ods", "odp", "zip" -> isZip(head);
          case "doc", "xls", "ppt" ->
              startsWith(head, bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1));
          case "rtf" -> startsWith(head, "{\\rtf".getBytes(StandardCharsets.US_ASCII));
          case "png" -> startsWith(head, bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A));
          case "jpg", "jpeg" -> startsWith(head, bytes(0xFF, 0xD8, 0xFF));
          case "gif" ->
              startsWith(head, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                  || startsWith(head, "GIF89a".getBytes(StandardCharsets.US_ASCII));
          case "tif", "tiff" ->
              startsWith(head, bytes('I', 'I', 42, 0)) || startsWith(head, bytes('M', 'M', 0, 42));
          case "csv", "txt" -> isText(head);
          case "xml" -> isText(head) && firstNonBlank(head) == '<';
          case "p7s", "p7m" ->
              (head.length > 0 && (head[0] & 0xFF) == 0x30)
                  || startsWith(head, "-----BEGIN".getBytes(StandardCharsets.US_ASCII));
          default -> true; // an extension an operator added: only the executable check applies
        };
    return matches
        ? Verdict.allow(TYPES.getOrDefault(extension, "application/octet-stream"))
        : Verdict.refuse(Refusal.MISMATCH);
  }

  /** Whether the content is a zip archive (also the container of the Office and ODF formats). */
  public static boolean isZip(byte[] head) {
    return startsWith(head, bytes('P', 'K', 3, 4)) || startsWith(head, bytes('P', 'K', 5, 6));
  }

  /** Text: no NUL bytes (UTF-16 files are not accepted as text here). */
  private static boolean isText(byte[] head) {
    for (byte b : head) {
      if (b == 0) {
        return false;
      }
    }
    return true;
  }

  private static int firstNonBlank(byte[] head) {
    int i = startsWith(head, bytes(0xEF, 0xBB, 0xBF)) ? 3 : 0;
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    return i < head.length ? head[i] : -1;
  }

  private static boolean looksExecutable(byte[] head) {
    return startsWith(head, bytes('M', 'Z'))
        || startsWith(head, bytes(0x7F, 'E', 'L', 'F'))
        || startsWith(head, bytes('#', '!'))
        || startsWith(head, bytes(0xCA, 0xFE, 0xBA, 0xBE))
        || startsWith(head, bytes(0xFE, 0xED, 0xFA, 0xCE))
        || startsWith(head, bytes(0xFE, 0xED, 0xFA, 0xCF))
        || startsWith(head, bytes(0xCF, 0xFA, 0xED, 0xFE));
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
