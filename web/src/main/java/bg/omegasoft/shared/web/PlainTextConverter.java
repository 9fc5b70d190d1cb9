package bg.omegasoft.shared.web;

import bg.omegasoft.shared.entity.PlainText;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputSecret;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.primefaces.component.password.Password;
import org.primefaces.component.texteditor.TextEditor;

/**
 * Every text typed into a page, in one place: the converter of all String inputs makes what arrives
 * plain text ({@link PlainText}) before validation and before any bean sees it. A text area (and
 * the rich-text editor) is free text and keeps its line breaks and tabs; every other input is a
 * single line. Passwords are left exactly as typed (they are never shown nor written into
 * documents, and must match what was typed when they were set).
 */
@FacesConverter(forClass = String.class)
public class PlainTextConverter implements Converter<String> {

  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || component instanceof HtmlInputSecret || component instanceof Password) {
      return value;
    }
    boolean freeText = component instanceof HtmlInputTextarea || component instanceof TextEditor;
    return freeText ? PlainText.text(value) : PlainText.line(value);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, String value) {
    return value == null ? "" : value;
  }
}
