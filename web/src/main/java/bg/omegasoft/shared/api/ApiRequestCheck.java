package bg.omegasoft.shared.api;

import bg.omegasoft.shared.web.Texts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What RESTEasy reads of an API request before any filter or exception mapper of the application
 * runs, checked first: a malformed one gave an empty 400 (or a 500) and a stack trace in the log.
 *
 * <ul>
 *   <li>the path: percent-encoded UTF-8, without matrix parameters (JAX-RS would match {@code
 *       /attempts/1;select} as {@code /attempts/1}); otherwise it names no resource, 404;
 *   <li>the query: percent-encoded UTF-8; otherwise 400;
 *   <li>the Accept, Accept-Charset, Accept-Language and Content-Type headers: their grammar ({@link
 *       HeaderRules}); otherwise 400 naming the header.
 * </ul>
 *
 * Answers are problem+json in the caller's language, like the API's own. {@code /openapi} requests
 * with malformed headers are rewritten to the API by web.cli, so that they are answered here too.
 */
@WebFilter(filterName = "api-request-check", urlPatterns = "/api/*")
public class ApiRequestCheck extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final List<String> HEADERS =
      List.of("Accept", "Accept-Charset", "Accept-Language", "Content-Type");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    for (String header : HEADERS) {
      Enumeration<String> values = request.getHeaders(header);
      while (values != null && values.hasMoreElements()) {
        if (HeaderRules.malformed(header, values.nextElement())) {
          Locale locale = "Accept-Language".equals(header) ? Texts.BULGARIAN : locale(request);
          String key = "request.header.invalid";
          answer(
              response, 400, locale, key, Map.of(header, Texts.text(locale, key, header)), header);
          return;
        }
      }
    }
    String path = request.getRequestURI();
    if (path.indexOf(';') >= 0 || !percentEncodedUtf8(path)) {
      answer(response, 404, locale(request), "resource.notFound", Map.of());
      return;
    }
    String query = request.getQueryString();
    if (query != null && !percentEncodedUtf8(query.replace('+', ' '))) {
      answer(response, 400, locale(request), "request.query.invalid", Map.of());
      return;
    }
    chain.doFilter(request, response);
  }

  /** Whether the percent-escapes of the text (complete ones) decode to valid UTF-8. */
  static boolean percentEncodedUtf8(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()) {
          return false;
        }
        try {
          bytes.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
        } catch (IllegalArgumentException notHex) {
          return false;
        }
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        return false;
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Locale locale(HttpServletRequest request) {
    return Problems.locale(request.getHeader("Accept-Language"));
  }

  private static void answer(
      HttpServletResponse response,
      int status,
      Locale locale,
      String key,
      Map<String, String> fields,
      Object... arguments)
      throws IOException {
    byte[] body =
        Problems.body(status, locale, key, fields, arguments)
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType(Problems.CONTENT_TYPE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
