package bg.omegasoft.shared.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every view parameter of a page is read strictly: an id through the id converter (so {@code ?id=١}
 * or {@code ?id=-1} answers 404), and the few that are text are listed here, each checked by its
 * backing bean or boundary. A new page with a parameter fails here until it decides.
 */
class ViewParametersTest {

  private static final Path WEBAPP = Path.of("src", "main", "webapp");
  private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s[^>]*>");
  private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");

  /** Text parameters: page and name. */
  private static final Set<String> TEXT =
      Set.of(
          "/login.xhtml next", // the page to return to: only a path of this site is followed
          "/certification/register.xhtml q", // search text
          "/public/certificate.xhtml code", // verification code, looked up as given
          "/public/offer.xhtml programme", // a catalogue code, kept only when it looks like one
          "/servicedesk/requests.xhtml queue", // a queue name, unknown names show every request
          "/billing/invoice.xhtml number", // an invoice number, looked up as given: else 404
          "/servicedesk/portal/request.xhtml number", // a request number, likewise
          "/public/confirm.xhtml token", // a confirmation link's token, found by its hash or not
          "/servicedesk/express-report.xhtml month", // yyyy-MM, anything else shows this month
          "/public/protocol.xhtml t"); // a protocol link's token, found by its hash or not

  @Test
  void everyViewParameterIsAnIdOrAListedText() throws IOException {
    List<String> undecided = new ArrayList<>();
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        String page = "/" + WEBAPP.relativize(file).toString().replace('\\', '/');
        Matcher tags = VIEW_PARAM.matcher(Files.readString(file));
        while (tags.find()) {
          Matcher name = NAME.matcher(tags.group());
          String param = page + " " + (name.find() ? name.group(1) : "?");
          if (!tags.group().contains("converter=\"omex.Id\"") && !TEXT.contains(param)) {
            undecided.add(param);
          }
        }
      }
    }
    assertTrue(undecided.isEmpty(), "View parameters neither ids nor listed texts: " + undecided);
  }
}
