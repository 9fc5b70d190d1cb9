package bg.omegasoft.clients.view;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The licence being added on clients/client.xhtml. */
public class NewLicence implements Serializable {

  private static final long serialVersionUID = 1L;

  @Size(max = 100)
  String product = "Омекс ТРЗ";

  @Size(max = 40)
  String number;

  Integer seats = 1;

  void clear() {
    number = null;
    seats = 1;
  }

  public String getProduct() {
    return product;
  }

  public void setProduct(String product) {
    this.product = product;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public Integer getSeats() {
    return seats;
  }

  public void setSeats(Integer seats) {
    this.seats = seats;
  }
}
