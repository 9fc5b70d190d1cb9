package bg.omegasoft.shared.api;

import bg.omegasoft.shared.control.LimitedInputStream;
import bg.omegasoft.shared.web.RequestSizeCeiling;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads a JSON request body strictly, for every JSON endpoint of the API: UTF-8 only (RFC 8259; a
 * leading byte order mark is skipped), at most {@link #MAX_BYTES} bytes ({@code
 * omex.api.maxJsonBytes}, 1 MB by default; 413 beyond, decided before reading when the length is
 * declared), nested at most {@link #MAX_DEPTH} deep, no key twice in an object, no unpaired
 * surrogate in a string. Every refusal is a {@link RequestProblem}: 400 naming what is wrong (with
 * line and column for a syntax error), 413 or 415.
 */
public final class JsonBodies {

  /** The largest JSON body the API reads, in bytes. */
  public static final long MAX_BYTES = Long.getLong("omex.api.maxJsonBytes", 1_048_576L);

  /** The deepest nesting of arrays and objects the API reads (its bodies are flat). */
  public static final int MAX_DEPTH = 32;

  private static final String BODY = "body";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final JsonProvider JSON = JsonProvider.provider();
  private static final JsonParserFactory PARSERS = JSON.createParserFactory(Map.of());

  private JsonBodies() {}

  /** The body as a JSON object; 400 when it is another JSON value. */
  public static JsonObject object(InputStream in, MediaType type, String contentLength) {
    JsonValue value = value(in, type, contentLength);
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw RequestProblem.invalid(BODY, "request.json.object");
    }
    return value.asJsonObject();
  }

  private static JsonValue value(InputStream in, MediaType type, String contentLength) {
    checkCharset(type);
    checkDeclaredLength(contentLength);
    Text text;
    try {
      text = new Text(in);
    } catch (JsonException e) {
      throw unreadable(e);
    }
    try (JsonParser parser = PARSERS.createParser(text)) {
      JsonValue value = read(parser, parser.next(), 1);
      if (parser.hasNext()) {
        throw malformed(parser.getLocation());
      }
      return value;
    } catch (JsonParsingException | NoSuchElementException e) {
      throw text.empty
          ? RequestProblem.invalid(BODY, "request.body.required")
          : malformed(e instanceof JsonParsingException p ? p.getLocation() : null);
    } catch (JsonException e) {
      throw unreadable(e);
    }
  }

  private static void checkCharset(MediaType type) {
    String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (charset != null
        && !charset.equalsIgnoreCase("utf-8")
        && !charset.equalsIgnoreCase("utf8")
        && !charset.equalsIgnoreCase("us-ascii")) {
      throw RequestProblem.field(415, "Content-Type", "request.charset.unsupported", charset);
    }
  }

  private static void checkDeclaredLength(String contentLength) {
    if (contentLength == null) {
      return;
    }
    try {
      if (Long.parseLong(contentLength.strip()) > MAX_BYTES) {
        throw tooLarge();
      }
    } catch (NumberFormatException notANumber) {
      throw RequestProblem.invalid("Content-Length", "request.header.invalid", "Content-Length");
    }
  }

  /**
   * The body as text: strict UTF-8 of at most {@link #MAX_BYTES} bytes, a leading byte order mark
   * skipped; notes whether anything but whitespace came, to tell an empty body from a broken one.
   */
  private static final class Text extends FilterReader {
    private boolean empty = true;

    Text(InputStream in) {
      super(
          new InputStreamReader(
              withoutByteOrderMark(new LimitedInputStream(in, MAX_BYTES)),
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int count = super.read(buffer, offset, length);
      for (int i = offset; empty && i < offset + count; i++) {
        empty = " \t\r\n".indexOf(buffer[i]) >= 0;
      }
      return count;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      empty = empty && (c < 0 || " \t\r\n".indexOf(c) >= 0);
      return c;
    }
  }

  private static InputStream withoutByteOrderMark(InputStream in) {
    PushbackInputStream stream = new PushbackInputStream(in, BOM.length);
    try {
      byte[] start = stream.readNBytes(BOM.length);
      if (!Arrays.equals(start, BOM)) {
        stream.unread(start);
      }
    } catch (IOException e) {
      throw new JsonException("The body cannot be read", e);
    }
    return stream;
  }

  private static JsonValue read(JsonParser parser, JsonParser.Event event, int depth) {
    switch (event) {
      case START_OBJECT:
        return object(parser, depth);
      case START_ARRAY:
        return array(parser, depth);
      case VALUE_STRING:
        String text = parser.getString();
        if (unpairedSurrogate(text)) {
          throw RequestProblem.invalid(BODY, "request.json.unicode");
        }
        return JSON.createValue(text);
      case VALUE_NUMBER:
        try {
          return JSON.createValue(parser.getBigDecimal());
        } catch (RuntimeException tooLong) {
          throw RequestProblem.invalid(BODY, "request.json.number");
        }
      case VALUE_TRUE:
        return JsonValue.TRUE;
      case VALUE_FALSE:
        return JsonValue.FALSE;
      case VALUE_NULL:
        return JsonValue.NULL;
      default:
        throw malformed(parser.getLocation());
    }
  }

  private static JsonObject object(JsonParser parser, int depth) {
    checkDepth(depth);
    JsonObjectBuilder object = JSON.createObjectBuilder();
    Set<String> keys = new HashSet<>();
    for (JsonParser.Event event = parser.next();
        event != JsonParser.Event.END_OBJECT;
        event = parser.next()) {
      String key = parser.getString();
      if (unpairedSurrogate(key)) {
        throw RequestProblem.invalid(BODY, "request.json.unicode");
      }
      if (!keys.add(key)) {
        throw RequestProblem.invalid(key, "request.json.duplicateKey", key);
      }
      object.add(key, read(parser, parser.next(), depth + 1));
    }
    return object.build();
  }

  private static JsonValue array(JsonParser parser, int depth) {
    checkDepth(depth);
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (JsonParser.Event event = parser.next();
        event != JsonParser.Event.END_ARRAY;
        event = parser.next()) {
      array.add(read(parser, event, depth + 1));
    }
    return array.build();
  }

  private static void checkDepth(int depth) {
    if (depth > MAX_DEPTH) {
      throw RequestProblem.invalid(BODY, "request.json.tooDeep", MAX_DEPTH);
    }
  }

  private static boolean unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static RequestProblem malformed(JsonLocation at) {
    return at == null
        ? RequestProblem.invalid(BODY, "request.malformed")
        : RequestProblem.invalid(
            BODY, "request.json.malformed", at.getLineNumber(), at.getColumnNumber());
  }

  private static RequestProblem unreadable(JsonException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof LimitedInputStream.TooLargeException) {
        return tooLarge();
      }
      if (cause instanceof CharacterCodingException) {
        return RequestProblem.invalid(BODY, "request.encoding.invalid");
      }
      if (RequestSizeCeiling.tooBig(cause)) {
        return tooLarge();
      }
    }
    return RequestProblem.invalid(BODY, "request.body.unreadable");
  }

  private static RequestProblem tooLarge() {
    return RequestProblem.field(413, BODY, "request.tooLarge", MAX_BYTES / 1024);
  }
}
