package bg.omegasoft.clients.view;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The contact person being added on clients/client.xhtml. */
public class NewContact implements Serializable {

  private static final long serialVersionUID = 1L;

  @Size(max = 200)
  String name;

  @Size(max = 100)
  String position;

  @Size(max = 254)
  String email;

  @Size(max = 40)
  String phone;

  void clear() {
    name = null;
    position = null;
    email = null;
    phone = null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
