package bg.omegasoft.shared.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * The safety net under the text rule: every String attribute of every entity is written to the
 * database as {@link PlainText#text free text}, whichever way it came (a page, the API, a mail, a
 * batch job, code that forgot to clean it), so no control or reordering character reaches a
 * document from a column written through JPA. Line breaks and tabs are kept (a single-line field is
 * cleaned as such where it is typed); plain text passes unchanged, so reading, comparing and
 * querying are not affected. Columns written with plain JDBC (billing's documents) are not covered:
 * their texts come from columns written here, and their XML writer cleans again.
 */
@Converter(autoApply = true)
public class PlainTextColumns implements AttributeConverter<String, String> {

  @Override
  public String convertToDatabaseColumn(String attribute) {
    return PlainText.text(attribute);
  }

  @Override
  public String convertToEntityAttribute(String column) {
    return column;
  }
}
