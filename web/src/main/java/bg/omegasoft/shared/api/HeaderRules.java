package bg.omegasoft.shared.api;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The grammar (RFC 9110) of the request headers the API reads before any of its code runs: Accept
 * and Content-Type (media types), Accept-Charset and Accept-Language (tokens), each with optional
 * parameters and a weight {@code q} of 0 to 1 with at most three decimals. RESTEasy and WildFly's
 * OpenAPI endpoint fail on some malformed values with a 500 or an empty 400 and a stack trace in
 * the log; the API refuses them first with 400 problem+json naming the header.
 *
 * <p>Each pattern finds what breaks the grammar (so a match means malformed): a value over 4,096
 * characters, an element that is not a media type (or token), a weight that is not a q-value, a
 * parameter that is not {@code token=token}, or a character outside the grammar (quoted strings are
 * not read). Found by search, without repeated groups, so a long value costs linear time and no
 * deep recursion. The same patterns guard {@code /openapi} in web.cli (expression filter {@code
 * openapi-header-check}); HeaderRulesTest keeps the two copies equal.
 */
public final class HeaderRules {

  private static final String TOKEN = "[-!#%&*+.^_|~0-9A-Za-z]+";
  private static final String QVALUE = "(0([.][0-9]{0,3})?|1([.]0{0,3})?)";
  private static final String END = "[ ]*+(;|,|$)";
  private static final String EMPTY = "[ ]*+(,|$)";
  private static final String PARAMETERS =
      ";[ ]*+[qQ][ ]*+=(?!"
          + QVALUE
          + END
          + ")|;[ ]*+(?!("
          + TOKEN
          + "="
          + TOKEN
          + ")?"
          + END
          + ")";

  /** What makes a list of media ranges (Accept, Content-Type) malformed. */
  public static final String MEDIA_TYPES =
      "^.{4097}|(^|,)[ ]*+(?!"
          + TOKEN
          + "/"
          + TOKEN
          + END
          + "|"
          + EMPTY
          + ")|"
          + PARAMETERS
          + "|[^-!#%&*+.^_|~0-9A-Za-z/;=, ]";

  /** What makes a list of tokens (Accept-Charset, Accept-Language) malformed. */
  public static final String TOKENS =
      "^.{4097}|(^|,)[ ]*+(?!"
          + TOKEN
          + END
          + "|"
          + EMPTY
          + ")|"
          + PARAMETERS
          + "|[^-!#%&*+.^_|~0-9A-Za-z;=, ]";

  private static final Pattern MALFORMED_MEDIA_TYPES = Pattern.compile(MEDIA_TYPES);
  private static final Pattern MALFORMED_TOKENS = Pattern.compile(TOKENS);

  private HeaderRules() {}

  /** Whether a header value breaks the grammar of its header; headers not listed are not read. */
  public static boolean malformed(String header, String value) {
    if (value == null) {
      return false;
    }
    return switch (header.toLowerCase(Locale.ROOT)) {
      case "accept" -> MALFORMED_MEDIA_TYPES.matcher(value).find();
      case "content-type" ->
          value.isBlank() || value.indexOf(',') >= 0 || MALFORMED_MEDIA_TYPES.matcher(value).find();
      case "accept-charset", "accept-language" -> MALFORMED_TOKENS.matcher(value).find();
      default -> false;
    };
  }
}
