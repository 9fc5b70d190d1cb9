package bg.omegasoft.it.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.it.support.RawHttp;
import bg.omegasoft.it.support.ServerLog;
import bg.omegasoft.it.support.WebSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page of the web application as built, opened by each role that may open it (anonymously
 * where it is public), without parameters and with each of its view parameters set to malformed
 * values. No answer may be a 5xx, no error page may answer 200, nothing a request does may put a
 * stack trace or a warning into the server log, and a malformed id must answer 404. A role that may
 * not open a page gets 403, a visitor who is not signed in the sign-in page.
 */
@ExtendWith(ArquillianExtension.class)
class PageParameterSweepIT {

  private static final String BROKEN_ESCAPE = "%ZZ";

  /** Each error page answers with its own status, also when opened directly. */
  private static final Map<String, Integer> ERROR_PAGES =
      Map.of(
          "/error/400.xhtml", 400,
          "/error/403.xhtml", 403,
          "/error/404.xhtml", 404,
          "/error/500.xhtml", 500,
          "/error/expired.xhtml", 400);

  /** As they go on the wire: Arabic-Indic one, a broken escape, 4096 digits, markup, a quote. */
  private static final List<String> MALFORMED =
      List.of(
          "abc",
          "-1",
          "0",
          "99999999999999999999",
          "%D9%A1",
          BROKEN_ESCAPE,
          "9".repeat(4096),
          "%3Cscript%3E",
          "%27");

  private static final String ERROR_PAGE_MARK = "id=\"error-text\"";

  private final List<String> failures = new ArrayList<>();
  private int requests;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.platform();
  }

  @Test
  void everyPageAnswersMissingAndMalformedParametersCleanly() {
    long started = System.nanoTime();
    List<WarPages.Page> pages = WarPages.read(System.getProperty("omex.ear", "target/omex.ear"));
    assertTrue(pages.size() > 60, "the pages of the WAR were found: " + pages.size());
    Map<String, WebSession> signedIn = new LinkedHashMap<>();
    WarPages.USER_OF_ROLE.forEach((role, user) -> signedIn.put(role, WebSession.signedIn(user)));
    WebSession anonymous = WebSession.anonymous();

    for (WarPages.Page page : pages) {
      if (page.roles().contains(WarPages.PUBLIC)) {
        sweep(page, "anonymous", anonymous);
        sweep(page, "TRAINEE", signedIn.get("TRAINEE"));
        continue;
      }
      Set<String> roles =
          page.roles().contains(WarPages.ANY_ROLE)
              ? WarPages.USER_OF_ROLE.keySet()
              : new TreeSet<>(page.roles());
      for (String role : roles) {
        sweep(page, role, signedIn.get(role));
      }
      check(page.path(), "anonymous", anonymous, 302);
      WarPages.USER_OF_ROLE.keySet().stream()
          .filter(role -> !roles.contains(role))
          .findFirst()
          .ifPresent(role -> check(page.path(), role, signedIn.get(role), 403));
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    System.out.printf("Swept %d pages with %d requests in %d s%n", pages.size(), requests, seconds);
    assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
  }

  private void sweep(WarPages.Page page, String role, WebSession visitor) {
    check(page.path(), role, visitor, ERROR_PAGES.getOrDefault(page.path(), 0));
    for (WarPages.Param param : page.params()) {
      for (String value : MALFORMED) {
        String query = page.path() + "?" + param.name() + "=" + value;
        // the server itself refuses a broken escape (400) before any page sees it
        int expected = !param.id() ? 0 : value.equals(BROKEN_ESCAPE) ? 400 : 404;
        check(query, role, visitor, expected);
      }
    }
  }

  /** Requests a page and checks the answer; expected 0 means any clean answer. */
  private void check(String request, String role, WebSession visitor, int expected) {
    requests++;
    long mark = ServerLog.mark();
    RawHttp.Answer answer = visitor.get(request);
    String what = role + " " + RawHttp.shorten(request) + " → " + answer.status();
    if (answer.status() >= 500 && expected != answer.status()) {
      failures.add(what + ": a server error");
    } else if (answer.status() == 200 && answer.text().contains(ERROR_PAGE_MARK)) {
      failures.add(what + ": an error page that says 200");
    } else if (expected != 0 && answer.status() != expected) {
      failures.add(what + ": expected " + expected);
    }
    List<String> problems = ServerLog.problemsSince(mark);
    if (!problems.isEmpty()) {
      failures.add(what + ": the server logged " + problems);
    }
  }
}
