package bg.omegasoft.pdm.view;

import bg.omegasoft.shared.web.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Locale;

/** File sizes as people read them ("1,5 MB" / "1.5 MB"). */
@Named
@RequestScoped
public class PdmFormats {

  private static final String[] UNITS = {"B", "KB", "MB", "GB"};

  @Inject private LanguageSelection language;

  public String size(long bytes) {
    return size(
        bytes, "bg".equals(language.getLanguage()) ? Locale.forLanguageTag("bg-BG") : Locale.UK);
  }

  static String size(long bytes, Locale locale) {
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(unit == 0 ? 0 : 1);
    return format.format(value) + " " + UNITS[unit];
  }
}
