package bg.omegasoft.notifications.entity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;

/**
 * The arguments of a notification's text, stored as a JSON array of strings: any text (quotes,
 * commas, line breaks) comes back as it was given; null reads as an empty text.
 */
@Converter
public class Arguments implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> arguments) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    if (arguments != null) {
      arguments.forEach(a -> array.add(a == null ? "" : a));
    }
    return array.build().toString();
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return List.of();
    }
    try (var reader = Json.createReader(new StringReader(column))) {
      JsonArray array = reader.readArray();
      return array.stream().map(Arguments::text).toList();
    } catch (JsonException | IllegalStateException e) {
      return List.of();
    }
  }

  private static String text(JsonValue value) {
    return value instanceof JsonString s ? s.getString() : value.toString();
  }
}
