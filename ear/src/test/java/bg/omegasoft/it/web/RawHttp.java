package bg.omegasoft.it.web;

import bg.omegasoft.it.support.Http;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.0 over a plain socket, byte for byte as given: a request line with a malformed escape
 * ({@code ?id=%ZZ}) reaches the server as it is, which no URI-checking client allows, and the
 * connection can come from another loopback address (a proxy the server trusts).
 */
final class RawHttp {

  private static final URI BASE = URI.create(Http.BASE);
  private static final int TIMEOUT_MILLIS = 30_000;

  private RawHttp() {}

  /** An answer: status, headers by lower-case name (every value), body as UTF-8 text. */
  record Answer(int status, Map<String, List<String>> headers, String body) {

    String header(String name) {
      List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
      return values.isEmpty() ? null : values.get(0);
    }

    List<String> all(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** The value of a cookie this answer sets, or null. */
    String cookie(String name) {
      for (String set : all("set-cookie")) {
        if (set.startsWith(name + "=")) {
          int end = set.indexOf(';');
          return set.substring(name.length() + 1, end < 0 ? set.length() : end);
        }
      }
      return null;
    }

    String setCookie(String name) {
      return all("set-cookie").stream()
          .filter(c -> c.startsWith(name + "="))
          .findFirst()
          .orElse(null);
    }
  }

  static Answer get(String pathAndQuery, String... headers) {
    return send("GET", pathAndQuery, null, null, null, headers);
  }

  static Answer post(String path, String contentType, byte[] body, String... headers) {
    return send("POST", path, contentType, body, null, headers);
  }

  /** A request from the given local address (any of 127.0.0.0/8 reaches the server). */
  static Answer send(
      String method,
      String pathAndQuery,
      String contentType,
      byte[] body,
      String fromAddress,
      String... headers) {
    try (Socket socket = new Socket()) {
      if (fromAddress != null) {
        socket.bind(new InetSocketAddress(fromAddress, 0));
      }
      socket.connect(new InetSocketAddress(BASE.getHost(), BASE.getPort()), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      StringBuilder head = new StringBuilder();
      head.append(method).append(' ').append(pathAndQuery).append(" HTTP/1.0\r\n");
      head.append("Host: ")
          .append(BASE.getHost())
          .append(':')
          .append(BASE.getPort())
          .append("\r\n");
      for (int i = 0; i + 1 < headers.length; i += 2) {
        head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
      }
      if (body != null) {
        head.append("Content-Type: ").append(contentType).append("\r\n");
        head.append("Content-Length: ").append(body.length).append("\r\n");
      }
      head.append("Connection: close\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + shorten(pathAndQuery) + " failed", e);
    }
  }

  private static Answer parse(byte[] raw) {
    int split = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    if (split < 0) {
      throw new IllegalStateException("No HTTP answer: " + new String(raw, StandardCharsets.UTF_8));
    }
    String[] lines = new String(raw, 0, split, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers
            .computeIfAbsent(
                lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                k -> new ArrayList<>())
            .add(lines[i].substring(colon + 1).trim());
      }
    }
    String body = new String(raw, split + 4, raw.length - split - 4, StandardCharsets.UTF_8);
    return new Answer(status, headers, body);
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static String shorten(String text) {
    return text.length() > 120 ? text.substring(0, 120) + "…(" + text.length() + " chars)" : text;
  }
}
