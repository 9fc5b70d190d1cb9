package bg.omegasoft.servicedesk.entity;

import bg.omegasoft.shared.entity.PlainText;

/**
 * How the request's texts are kept: plain text ({@link PlainText}: no control or reordering
 * characters), stripped, cut to the column's length, blank as none.
 */
final class Text {

  private Text() {}

  /** A single line (a name, an address, a reason), or null when blank. */
  static String blankToNull(String value, int max) {
    String line = PlainText.line(value);
    return line == null || line.isBlank() ? null : clip(line.strip(), max);
  }

  /** Free text, stripped, or null when blank. */
  static String freeText(String value) {
    String text = PlainText.text(value);
    return text == null || text.isBlank() ? null : text.strip();
  }

  static String clip(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
