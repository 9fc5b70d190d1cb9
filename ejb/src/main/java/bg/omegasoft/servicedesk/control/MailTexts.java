package bg.omegasoft.servicedesk.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The texts of the service desk's e-mails, Bulgarian first and English below, as a client whose
 * language the platform may not know reads them (bundle {@code servicedesk/control/mail}).
 */
public final class MailTexts {

  static final String BUNDLE = "bg.omegasoft.servicedesk.control.mail";
  static final Locale BULGARIAN = Locale.forLanguageTag("bg");

  private MailTexts() {}

  public static String text(Locale locale, String key, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            "en".equals(locale.getLanguage()) ? Locale.ENGLISH : BULGARIAN,
            MailTexts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String pattern = bundle.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  /** Subject in both languages: "Bulgarian / English". */
  public static String subject(String key, Object... arguments) {
    return text(BULGARIAN, key, arguments) + " / " + text(Locale.ENGLISH, key, arguments);
  }

  /** Body in Bulgarian, then in English, with the vendor's signature. */
  public static String body(String key, Object... arguments) {
    return body(key, locale -> arguments);
  }

  /** Body in both languages, with arguments that are themselves texts of each language. */
  public static String body(String key, Function<Locale, Object[]> arguments) {
    return text(BULGARIAN, key, arguments.apply(BULGARIAN))
        + "\n\n"
        + text(BULGARIAN, "mail.signature")
        + "\n\n— — —\n\n"
        + text(Locale.ENGLISH, key, arguments.apply(Locale.ENGLISH))
        + "\n\n"
        + text(Locale.ENGLISH, "mail.signature")
        + "\n";
  }

  /** The text of the key, or empty when the key is null. */
  public static String optional(Locale locale, String key) {
    return key == null ? "" : text(locale, key);
  }
}
