package bg.omegasoft.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte as given: paths, headers and bodies that ordinary
 * clients refuse to send (malformed percent-encoding, control characters, a declared length that is
 * never sent), optionally from a given loopback address, so that the server sees another client
 * (its per-address limits then apply to that address only, and 127.0.0.2 is the TLS proxy the test
 * server trusts). Works from the test JVM and from a test inside the server alike.
 */
public final class RawHttp {

  private static final URI BASE = URI.create(Http.BASE);

  private final String method;
  private final String target;
  private final Map<String, List<String>> headers = new LinkedHashMap<>();
  private byte[] body;
  private boolean chunked;
  private String from;

  private RawHttp(String method, String target) {
    this.method = method;
    this.target = target;
  }

  /** A request for the target (path and query, sent as they are). */
  public static RawHttp request(String method, String target) {
    return new RawHttp(method, target);
  }

  /** Sends a plain GET of the target. */
  public static Answer get(String target) {
    return request("GET", target).send();
  }

  public RawHttp header(String name, String value) {
    headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    return this;
  }

  private boolean hasHeader(String name) {
    return headers.keySet().stream().anyMatch(n -> n.equalsIgnoreCase(name));
  }

  /** The body, with its Content-Length unless one is given as a header. */
  public RawHttp body(byte[] content) {
    this.body = content;
    return this;
  }

  public RawHttp body(String content) {
    return body(content.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends the body in chunks, without a Content-Length. */
  public RawHttp chunked() {
    this.chunked = true;
    return this;
  }

  /** Sends from this loopback address (127.0.0.x), as another client. */
  public RawHttp from(String address) {
    this.from = address;
    return this;
  }

  public Answer send() {
    try (Socket socket =
        from == null
            ? new Socket(BASE.getHost(), BASE.getPort())
            : new Socket(
                InetAddress.getByName(BASE.getHost()),
                BASE.getPort(),
                InetAddress.getByName(from),
                0)) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(head());
      try {
        writeBody(out);
        out.flush();
      } catch (IOException refusedEarly) {
        // the server may answer (413) and close before it read the whole body: read the answer
      }
      return Answer.parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + shorten(target) + ": " + e, e);
    }
  }

  private byte[] head() {
    StringBuilder head =
        new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(BASE.getHost()).append(':').append(BASE.getPort()).append("\r\n");
    head.append("Connection: close\r\n");
    headers.forEach(
        (name, values) ->
            values.forEach(v -> head.append(name).append(": ").append(v).append("\r\n")));
    if (body != null && chunked) {
      head.append("Transfer-Encoding: chunked\r\n");
    } else if (body != null && !hasHeader("Content-Length")) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    // ISO-8859-1 keeps each char of a header as one byte, as HTTP sends them
    return head.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private void writeBody(OutputStream out) throws IOException {
    if (body == null) {
      return;
    }
    if (!chunked) {
      out.write(body);
      return;
    }
    for (int at = 0; at < body.length; at += 8192) {
      int length = Math.min(8192, body.length - at);
      out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, at, length);
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        all.write(buffer, 0, n);
      }
    } catch (IOException reset) {
      if (all.size() == 0) {
        throw reset;
      }
    }
    return all.toByteArray();
  }

  /** A long target cut short for messages. */
  public static String shorten(String text) {
    return text.length() > 120 ? text.substring(0, 120) + "…(" + text.length() + " chars)" : text;
  }

  /** The server's answer: status, every header value by lower-case name, and body. */
  public record Answer(int status, Map<String, List<String>> headers, byte[] body) {

    /** The first value of the header, or null. */
    public String header(String name) {
      List<String> values = all(name);
      return values.isEmpty() ? null : values.get(0);
    }

    /** Every value of the header, in the order sent. */
    public List<String> all(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** The whole Set-Cookie value for the cookie of that name, or null. */
    public String setCookie(String name) {
      return all("set-cookie").stream()
          .filter(c -> c.startsWith(name + "="))
          .findFirst()
          .orElse(null);
    }

    public String contentType() {
      List<String> types = all("content-type");
      return types.isEmpty() ? "" : types.get(0);
    }

    public boolean isProblem() {
      return contentType().toLowerCase(Locale.ROOT).startsWith("application/problem+json");
    }

    /** The body as UTF-8 text. */
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    static Answer parse(byte[] raw) {
      String all = new String(raw, StandardCharsets.ISO_8859_1);
      int end = all.indexOf("\r\n\r\n");
      if (end < 0) {
        throw new IllegalStateException("No complete answer: " + all);
      }
      String[] lines = all.substring(0, end).split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          headers
              .computeIfAbsent(
                  lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                  n -> new ArrayList<>())
              .add(lines[i].substring(colon + 1).strip());
        }
      }
      byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
      List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
      if (!encoding.isEmpty() && "chunked".equalsIgnoreCase(encoding.get(0))) {
        body = dechunk(body);
      }
      return new Answer(status, headers, body);
    }

    private static byte[] dechunk(byte[] chunked) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int at = 0;
      while (at < chunked.length) {
        int lineEnd = at;
        while (lineEnd + 1 < chunked.length
            && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
          lineEnd++;
        }
        String size =
            new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].strip();
        int length = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
        if (length == 0) {
          break;
        }
        out.write(chunked, lineEnd + 2, Math.min(length, chunked.length - lineEnd - 2));
        at = lineEnd + 2 + length + 2;
      }
      return out.toByteArray();
    }
  }
}
