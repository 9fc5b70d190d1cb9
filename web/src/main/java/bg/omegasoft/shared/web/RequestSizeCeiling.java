package bg.omegasoft.shared.web;

import bg.omegasoft.shared.api.Problems;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The largest request body the web application takes: {@code omex.http.maxPostSize} bytes (110 MB
 * by default, a little above the largest PDM file). The HTTP listener itself has no limit
 * (web.cli): a listener limit refuses a larger declared Content-Length while parsing the request,
 * with an empty 400 the application never sees. Here a declared length over the limit answers 413
 * at once (problem+json under /api), and the limit is set on the exchange, so a body sent without a
 * length stops there too while it is read (Faces uploads, the API). Each capability keeps its own,
 * lower, limit (PDM files, JSON bodies, lesson attachments).
 */
@WebFilter(filterName = "request-size-ceiling", urlPatterns = "/*")
public class RequestSizeCeiling extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The largest request body in bytes. */
  public static final long MAX_BYTES = Long.getLong("omex.http.maxPostSize", 115_343_360L);

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getContentLengthLong() > MAX_BYTES) {
      refuse(request, response);
      return;
    }
    HttpServerExchange exchange = ServletRequestContext.requireCurrent().getExchange();
    if (exchange.isRequestChannelAvailable()
        && (exchange.getMaxEntitySize() <= 0 || exchange.getMaxEntitySize() > MAX_BYTES)) {
      exchange.setMaxEntitySize(MAX_BYTES);
    }
    chain.doFilter(request, response);
  }

  /** Whether a failure is the web server stopping a body over the limit while it was read. */
  public static boolean tooBig(Throwable failure) {
    return failure instanceof RequestTooBigException;
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Connection", "close");
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.sendError(413);
      return;
    }
    Locale locale = Problems.locale(request.getHeader("Accept-Language"));
    byte[] body =
        Problems.body(413, locale, "request.tooLarge", Map.of(), MAX_BYTES / 1024)
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    response.setStatus(413);
    response.setContentType(Problems.CONTENT_TYPE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
