package bg.omegasoft.shared.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Typed reading of the fields of a JSON body: a field of the wrong type, a number that is not a
 * whole number or lies outside its range, a malformed date, is 400 naming the field (never cast,
 * truncated or wrapped around: {@code 2.9} is not 2, {@code 4294967396} is not 100).
 */
public final class JsonFields {

  private JsonFields() {}

  /** Text, or null when absent or null. */
  public static String text(JsonObject body, String name) {
    JsonValue value = value(body, name);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonString string) {
      return string.getString();
    }
    throw RequestProblem.invalid(name, "input.text");
  }

  /** true or false, or null when absent or null. */
  public static Boolean flag(JsonObject body, String name) {
    return flag(body, name, "input.boolean");
  }

  /** The same, with the message of the given key when it is neither true nor false. */
  public static Boolean flag(JsonObject body, String name, String key) {
    JsonValue value = value(body, name);
    if (value == null) {
      return null;
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    throw RequestProblem.invalid(name, key);
  }

  /** A whole number from min to max, or null when absent or null; otherwise 400 with the range. */
  public static Integer integer(JsonObject body, String name, int min, int max) {
    JsonValue value = value(body, name);
    if (value == null) {
      return null;
    }
    Long number = whole(value, min, max);
    if (number == null) {
      throw RequestProblem.invalid(name, "input.integer.range", min, max);
    }
    return number.intValue();
  }

  /** The same, with the message of the given key when it is not a whole number in the range. */
  public static Integer integer(JsonObject body, String name, int min, int max, String key) {
    JsonValue value = value(body, name);
    if (value == null) {
      return null;
    }
    Long number = whole(value, min, max);
    if (number == null) {
      throw RequestProblem.invalid(name, key);
    }
    return number.intValue();
  }

  /** A whole number within min..max, or null when the value is not one. */
  public static Long whole(JsonValue value, long min, long max) {
    if (!(value instanceof JsonNumber number)) {
      return null;
    }
    BigDecimal decimal = number.bigDecimalValue();
    if (decimal.compareTo(BigDecimal.valueOf(min)) < 0
        || decimal.compareTo(BigDecimal.valueOf(max)) > 0
        || decimal.stripTrailingZeros().scale() > 0) {
      return null;
    }
    return decimal.longValueExact();
  }

  /**
   * A date as YYYY-MM-DD ({@link Params#date}), or null when absent or null; otherwise 400 with the
   * message of the given key.
   */
  public static LocalDate date(JsonObject body, String name, String key) {
    JsonValue value = value(body, name);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonString string) {
      return Params.date(name, string.getString(), key);
    }
    throw RequestProblem.invalid(name, key);
  }

  private static JsonValue value(JsonObject body, String name) {
    JsonValue value = body == null ? null : body.get(name);
    return value == null || value == JsonValue.NULL ? null : value;
  }
}
