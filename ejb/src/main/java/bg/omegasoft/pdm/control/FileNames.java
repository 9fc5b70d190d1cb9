package bg.omegasoft.pdm.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Neutralises the names files arrive with: only the last part of a path is kept, characters that
 * file systems or shells treat specially go, and the result is a plain name that can never point
 * anywhere. The name is only ever shown and offered on download; files are stored under random
 * names.
 */
public final class FileNames {

  public static final int MAX_LENGTH = 255;
  static final String FALLBACK = "file";
  private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}<>:\"|?*\\u202A-\\u202E]");
  private static final Set<String> RESERVED =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
          "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private FileNames() {}

  public static String neutralise(String original) {
    if (original == null) {
      return FALLBACK;
    }
    String name = Normalizer.normalize(original, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = UNSAFE.matcher(name).replaceAll("_");
    name = name.replaceAll("\\s+", " ").strip();
    name = name.replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
    if (name.isEmpty()) {
      return FALLBACK;
    }
    String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    if (RESERVED.contains(base.toLowerCase(Locale.ROOT))) {
      name = "_" + name;
    }
    return shorten(name);
  }

  /** The extension in lower case without the dot, or "" when there is none. */
  public static String extension(String name) {
    int dot = name == null ? -1 : name.lastIndexOf('.');
    return dot < 0 || dot == name.length() - 1
        ? ""
        : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String shorten(String name) {
    if (name.length() <= MAX_LENGTH) {
      return name;
    }
    String extension = extension(name);
    int keep = MAX_LENGTH - (extension.isEmpty() ? 0 : extension.length() + 1);
    if (keep < 1) {
      return name.substring(0, MAX_LENGTH);
    }
    return name.substring(0, keep).strip() + (extension.isEmpty() ? "" : "." + extension);
  }
}
