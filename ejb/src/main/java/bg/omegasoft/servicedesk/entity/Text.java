package bg.omegasoft.servicedesk.entity;

/** How the request's texts are kept: stripped, cut to the column's length, blank as none. */
final class Text {

  private Text() {}

  static String blankToNull(String value, int max) {
    return value == null || value.isBlank() ? null : clip(value.strip(), max);
  }

  static String clip(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
