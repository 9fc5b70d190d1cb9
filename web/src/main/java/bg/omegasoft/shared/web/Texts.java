package bg.omegasoft.shared.web;

import bg.omegasoft.shared.boundary.TextKey;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Looks a text up by its key in the platform's resource bundles (Bulgarian base files, English
 * {@code _en} files), for pages, the REST API and e-mails alike. Each capability adds its bundle to
 * {@link #BUNDLES}.
 */
public final class Texts {

  /**
   * Base names of the bundles, searched in this order; each capability adds its own file (Bulgarian
   * base file, {@code _en} for English, an empty {@code _bg}).
   */
  public static final List<String> BUNDLES =
      List.of(
          "bg.omegasoft.i18n.messages",
          "bg.omegasoft.i18n.learning",
          "bg.omegasoft.i18n.clients",
          "bg.omegasoft.i18n.servicedesk",
          "bg.omegasoft.i18n.pdm",
          "bg.omegasoft.i18n.assessment",
          "bg.omegasoft.i18n.certification",
          "bg.omegasoft.i18n.contracts",
          "bg.omegasoft.i18n.billing",
          "bg.omegasoft.i18n.operations",
          "bg.omegasoft.i18n.knowledge",
          "bg.omegasoft.i18n.notifications");

  public static final Locale BULGARIAN = Locale.forLanguageTag("bg");
  public static final Locale ENGLISH = Locale.ENGLISH;

  private Texts() {}

  /**
   * The text for the key, formatted with the arguments; the key itself when no bundle has it. An
   * argument that is a {@link TextKey} is looked up in the same language first.
   */
  public static String text(Locale locale, String key, Object... arguments) {
    for (String base : BUNDLES) {
      ResourceBundle bundle = bundle(base, locale);
      if (bundle.containsKey(key)) {
        String pattern = bundle.getString(key);
        return arguments.length == 0
            ? pattern
            : new MessageFormat(pattern, supported(locale)).format(resolved(locale, arguments));
      }
    }
    return key;
  }

  private static Object[] resolved(Locale locale, Object[] arguments) {
    Object[] resolved = arguments.clone();
    for (int i = 0; i < resolved.length; i++) {
      if (resolved[i] instanceof TextKey key) {
        resolved[i] = text(locale, key.key());
      }
    }
    return resolved;
  }

  /**
   * One bundle in Bulgarian or English. Bulgarian texts are in the base file; there is no fallback
   * to the JVM's default locale, so a Bulgarian page never shows English texts.
   */
  static ResourceBundle bundle(String base, Locale locale) {
    return ResourceBundle.getBundle(
        base,
        supported(locale),
        Texts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Bulgarian unless English is asked for: the platform speaks these two. */
  public static Locale supported(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : BULGARIAN;
  }
}
