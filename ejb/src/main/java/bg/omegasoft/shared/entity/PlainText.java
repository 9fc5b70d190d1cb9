package bg.omegasoft.shared.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule for text that people type (and that mails and uploads bring): what reaches the
 * database, the documents and the e-mails is plain text. Removed everywhere: the control characters
 * (C0 except tab, line feed and carriage return; DEL; C1), the characters that silently reorder
 * what is shown (the bidirectional embeddings, overrides and isolates U+202A–U+202E and
 * U+2066–U+2069, and the marks U+200E, U+200F, U+061C), surrogates without their pair, and the
 * noncharacters such as U+FFFE and U+FFFF. This is also exactly what XML 1.0 cannot carry, so a
 * text that passed this rule is always safe to write into XML.
 *
 * <p>Free text keeps its tabs and line breaks; a single line (a name, a subject, an address) has
 * them as spaces; a file name is a single line without any path or characters that file systems and
 * shells treat specially. The rule removes rather than refuses: the characters are invisible, so a
 * person could not see what a refusal was about.
 */
public final class PlainText {

  /** The longest file name kept. */
  public static final int MAX_FILE_NAME = 255;

  private static final String FALLBACK_FILE_NAME = "file";
  private static final Pattern FILE_NAME_UNSAFE = Pattern.compile("[<>:\"|?*]");
  private static final Set<String> RESERVED_FILE_NAMES =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
          "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private PlainText() {}

  /** Free text (a description, a message, a note): tabs and line breaks stay. Null stays null. */
  public static String text(String value) {
    return clean(value, false);
  }

  /** A single line (a name, a subject, an e-mail address): tabs and line breaks become spaces. */
  public static String line(String value) {
    return clean(value, true);
  }

  /**
   * A file name as it is kept and offered on download: a single line, only the last part of a path,
   * without {@code < > : " | ? *}, without leading or trailing dots and spaces, never a device name
   * of Windows, at most {@link #MAX_FILE_NAME} characters (the extension kept), and "file" when
   * nothing is left.
   */
  public static String fileName(String value) {
    return fileName(value, MAX_FILE_NAME);
  }

  /** As {@link #fileName(String)}, at most {@code max} characters. */
  public static String fileName(String value, int max) {
    if (value == null) {
      return FALLBACK_FILE_NAME;
    }
    String name = line(Normalizer.normalize(value, Normalizer.Form.NFC));
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = FILE_NAME_UNSAFE.matcher(name).replaceAll("_");
    name = name.replaceAll("\\s+", " ").strip();
    name = name.replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
    if (name.isEmpty()) {
      return FALLBACK_FILE_NAME;
    }
    String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    if (RESERVED_FILE_NAMES.contains(base.toLowerCase(Locale.ROOT))) {
      name = "_" + name;
    }
    return shorten(name, max);
  }

  /** The extension of a name in lower case without the dot, or "" when there is none. */
  public static String extension(String name) {
    int dot = name == null ? -1 : name.lastIndexOf('.');
    return dot < 0 || dot == name.length() - 1
        ? ""
        : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Whether the code point is removed from every text. */
  public static boolean isRemoved(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (c >= 0x7F && c <= 0x9F)
        || c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)
        || (c >= 0xFDD0 && c <= 0xFDEF)
        || (c & 0xFFFE) == 0xFFFE;
  }

  private static String clean(String value, boolean singleLine) {
    if (value == null || isPlain(value, singleLine)) {
      return value;
    }
    StringBuilder clean = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      boolean lineBreak = c == '\n' || c == '\r' || isLineSeparator(c);
      if (singleLine && c == '\r' && i < value.length() && value.charAt(i) == '\n') {
        continue;
      }
      if (singleLine && (lineBreak || c == '\t')) {
        clean.append(' ');
      } else if (isLineSeparator(c)) {
        clean.append('\n');
      } else if (!isRemoved(c)) {
        clean.appendCodePoint(c);
      }
    }
    return clean.toString();
  }

  /** Whether nothing needs to change (most texts): a quick pass without building a copy. */
  private static boolean isPlain(String value, boolean singleLine) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1))
            && !isRemoved(Character.toCodePoint(c, value.charAt(i + 1)))) {
          i++;
          continue;
        }
        return false;
      }
      if (isRemoved(c) || isLineSeparator(c) || (singleLine && c < 0x20)) {
        return false;
      }
    }
    return true;
  }

  /** U+2028 and U+2029: a line break in free text, a space in a single line. */
  private static boolean isLineSeparator(int c) {
    return c == 0x2028 || c == 0x2029;
  }

  private static String shorten(String name, int max) {
    if (name.length() <= max) {
      return name;
    }
    String extension = extension(name);
    int keep = max - (extension.isEmpty() ? 0 : extension.length() + 1);
    if (keep < 1) {
      return name.substring(0, max);
    }
    return name.substring(0, keep).strip() + (extension.isEmpty() ? "" : "." + extension);
  }
}
