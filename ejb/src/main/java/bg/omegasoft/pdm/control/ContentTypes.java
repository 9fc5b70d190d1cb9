package bg.omegasoft.pdm.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a file may be stored, by its extension (on the allowed list) and by what its
 * first bytes show it really is (a PDF must start like a PDF, a spreadsheet like a spreadsheet;
 * nothing that looks like a program passes). The answer is the content type to store.
 */
public final class ContentTypes {

  /** How many first bytes are looked at. */
  public static final int SNIFF_LENGTH = 8192;

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("pdf", "application/pdf"),
          Map.entry("doc", "application/msword"),
          Map.entry("xls", "application/vnd.ms-excel"),
          Map.entry(
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          Map.entry("odt", "application/vnd.oasis.opendocument.text"),
          Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
          Map.entry("zip", "application/zip"),
          Map.entry("csv", "text/csv"),
          Map.entry("txt", "text/plain"),
          Map.entry("xml", "application/xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("tif", "image/tiff"),
          Map.entry("tiff", "image/tiff"),
          Map.entry("p7s", "application/pkcs7-signature"),
          Map.entry("p7m", "application/pkcs7-mime"));

  /** The verdict: allowed with a content type, or refused with the reason's message key. */
  public record Verdict(boolean allowed, String contentType, String refusalKey) {
    static Verdict allow(String contentType) {
      return new Verdict(true, contentType, null);
    }

    static Verdict refuse(String key) {
      return new Verdict(false, null, key);
    }
  }

  private ContentTypes() {}

  public static Verdict check(String fileName, byte[] head, Set<String> allowedExtensions) {
    String extension = FileNames.extension(fileName);
    if (extension.isEmpty() || !allowedExtensions.contains(extension)) {
      return Verdict.refuse("pdm.type.notAllowed");
    }
    if (looksExecutable(head)) {
      return Verdict.refuse("pdm.type.mismatch");
    }
    boolean matches =
        switch (extension) {
          case "pdf" -> startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII));
          case "docx", "xlsx", "odt", "ods", "zip" -> isZip(head);
          case "doc", "xls" ->
              startsWith(head, bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1));
          case "png" -> startsWith(head, bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A));
          case "jpg", "jpeg" -> startsWith(head, bytes(0xFF, 0xD8, 0xFF));
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
        : Verdict.refuse("pdm.type.mismatch");
  }

  private static boolean isZip(byte[] head) {
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
