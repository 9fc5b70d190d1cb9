package bg.omegasoft.shared.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Strict reading of path, query and header parameters. Resources take parameters as text and read
 * them here, because JAX-RS answers a query parameter it cannot convert with 404 and names nothing,
 * and {@code Long.valueOf} takes digits of any script. Ids in paths are ASCII digits by the
 * template ({@link #ID}): anything else is a path that names no resource, 404. A malformed query or
 * header parameter is 400 naming it.
 */
public final class Params {

  /** An id in a path template: 1 to 18 ASCII digits (so it always fits a {@code long}). */
  public static final String ID = "[0-9]{1,18}";

  private static final Pattern DIGITS = Pattern.compile(ID);
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,10}");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private Params() {}

  /** An id, or null when absent or empty; 400 naming the parameter otherwise. */
  public static Long id(String name, String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (!DIGITS.matcher(value).matches()) {
      throw RequestProblem.invalid(name, "input.id");
    }
    return Long.valueOf(value);
  }

  /** A whole number that fits an {@code int}, or null when absent or empty. */
  public static Integer integer(String name, String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (INTEGER.matcher(value).matches()) {
      long number = Long.parseLong(value);
      if (number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE) {
        return (int) number;
      }
    }
    throw RequestProblem.invalid(name, "input.integer");
  }

  /**
   * A calendar date as {@code YYYY-MM-DD} (four-digit year, a day that exists), or null when absent
   * or blank. ISO-8601's expanded years ({@code -999999999-01-01}, {@code +10000-01-01}) are not
   * taken: no date of the platform is outside 0000–9999, and the database cannot hold them.
   */
  public static LocalDate date(String name, String value) {
    return date(name, value, "input.date");
  }

  /** The same, with the message of the given key for a malformed date. */
  public static LocalDate date(String name, String value, String key) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException noSuchDay) {
        throw RequestProblem.invalid(name, key);
      }
    }
    throw RequestProblem.invalid(name, key);
  }
}
