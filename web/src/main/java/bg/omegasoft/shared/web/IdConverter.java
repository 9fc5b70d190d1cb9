package bg.omegasoft.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.Optional;

/**
 * The id of a record in a page's address ({@code ?id=42}): ASCII digits only, from 1 to the largest
 * long. Anything else (letters, a sign, zero, digits of another script such as {@code ١}, a number
 * out of range) names no record, and the page answers 404 ({@link RequestChecks}). Faces' own Long
 * converter would read {@code ١} as 1 and accept {@code -1}. Every view parameter that carries an
 * id says {@code converter="omex.Id"}.
 */
@FacesConverter("omex.Id")
public class IdConverter implements Converter<Long> {

  /** Long.MAX_VALUE has 19 digits. */
  private static final int MAX_DIGITS = 19;

  /** The id the text names, or empty when the text is not one. */
  public static Optional<Long> parse(String text) {
    if (text == null || text.isEmpty() || text.length() > MAX_DIGITS) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
    }
    try {
      long id = Long.parseLong(text);
      return id > 0 ? Optional.of(id) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public Long getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    return parse(value).orElseThrow(() -> new ConverterException("Not an id"));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Long value) {
    return value == null ? "" : value.toString();
  }
}
