package bg.omegasoft.assessment.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * How a short answer is compared with the accepted ones: both are normalised, then must be equal.
 * Normalising ignores case, spaces at the ends and repeated spaces inside, a final full stop, and
 * Latin letters that look like Cyrillic ones typed on the wrong keyboard layout (a, c, e, o, p, x,
 * y, k, m, t, h, b and their capitals count as а, с, е, о, р, х, у, к, м, т, н, в) — but only in a
 * word that also has a Cyrillic letter, so Latin words such as "Omex" or "NOI" stay Latin.
 */
public final class ShortAnswers {

  private static final Map<Character, Character> LOOKALIKES =
      Map.ofEntries(
          Map.entry('a', 'а'),
          Map.entry('c', 'с'),
          Map.entry('e', 'е'),
          Map.entry('o', 'о'),
          Map.entry('p', 'р'),
          Map.entry('x', 'х'),
          Map.entry('y', 'у'),
          Map.entry('k', 'к'),
          Map.entry('m', 'м'),
          Map.entry('t', 'т'),
          Map.entry('h', 'н'),
          Map.entry('b', 'в'));

  private static final Locale BULGARIAN = Locale.forLanguageTag("bg");

  private ShortAnswers() {}

  public static boolean matches(String given, Iterable<String> accepted) {
    if (given == null || given.isBlank()) {
      return false;
    }
    String normalised = normalise(given);
    for (String answer : accepted) {
      if (normalised.equals(normalise(answer))) {
        return true;
      }
    }
    return false;
  }

  /** The form in which answers are compared. */
  public static String normalise(String text) {
    String value =
        Normalizer.normalize(text, Normalizer.Form.NFC)
            .strip()
            .replaceAll("\\s+", " ")
            .toLowerCase(BULGARIAN);
    if (value.endsWith(".")) {
      value = value.substring(0, value.length() - 1).stripTrailing();
    }
    StringBuilder result = new StringBuilder(value.length());
    for (String word : value.split(" ", -1)) {
      if (!result.isEmpty()) {
        result.append(' ');
      }
      result.append(hasCyrillic(word) ? cyrillic(word) : word);
    }
    return result.toString();
  }

  private static boolean hasCyrillic(String word) {
    return word.chars()
        .anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
  }

  private static String cyrillic(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (char c : word.toCharArray()) {
      out.append(LOOKALIKES.getOrDefault(c, c));
    }
    return out.toString();
  }
}
