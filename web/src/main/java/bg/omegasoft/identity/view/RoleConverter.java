package bg.omegasoft.identity.view;

import bg.omegasoft.identity.entity.Role;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** Roles in check boxes and lists (a List of an enum loses its type at run time). */
@FacesConverter("omexRole")
public class RoleConverter implements Converter<Role> {

  @Override
  public Role getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Role.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new ConverterException(e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Role role) {
    return role == null ? "" : role.name();
  }
}
