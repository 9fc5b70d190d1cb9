package bg.omegasoft.shared.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The texts of every capability under one name for the pages ({@code #{msg['key']}}): Bulgarian in
 * this class, English in {@link AllTexts_en}. Each capability keeps its own bundle file and lists
 * it in {@link Texts#BUNDLES}.
 */
public class AllTexts extends ResourceBundle {

  private final Locale locale;

  public AllTexts() {
    this(Texts.BULGARIAN);
  }

  protected AllTexts(Locale locale) {
    this.locale = locale;
  }

  @Override
  protected Object handleGetObject(String key) {
    for (String base : Texts.BUNDLES) {
      ResourceBundle bundle = Texts.bundle(base, locale);
      if (bundle.containsKey(key)) {
        return bundle.getString(key);
      }
    }
    return null;
  }

  @Override
  public Enumeration<String> getKeys() {
    Set<String> keys = new LinkedHashSet<>();
    for (String base : Texts.BUNDLES) {
      keys.addAll(Texts.bundle(base, locale).keySet());
    }
    return Collections.enumeration(keys);
  }

  @Override
  public Locale getLocale() {
    return locale;
  }
}
