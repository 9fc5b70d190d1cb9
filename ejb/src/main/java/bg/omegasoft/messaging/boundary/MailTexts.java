package bg.omegasoft.messaging.boundary;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of every e-mail, from the bundle {@code messaging/boundary/mail}: Bulgarian (the base
 * file) and English. Any language other than English reads Bulgarian.
 */
public final class MailTexts {

  static final String BUNDLE = "bg.omegasoft.messaging.boundary.mail";
  public static final Locale BULGARIAN = Locale.forLanguageTag("bg");

  private MailTexts() {}

  /** Bulgarian or English: the languages the mails are written in. */
  public static Locale language(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : BULGARIAN;
  }

  public static String text(Locale locale, String key, Object... arguments) {
    Locale language = language(locale);
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            language,
            MailTexts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String pattern = bundle.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
  }

  /** The text of the key, or empty when the key is null. */
  public static String optional(Locale locale, String key) {
    return key == null ? "" : text(locale, key);
  }
}
