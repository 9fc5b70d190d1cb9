package bg.omegasoft.servicedesk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who asked, as they said it: the person with their e-mail and phone, the company and the UIC they
 * gave before staff tie the request to a client.
 */
@Embeddable
public class Requester {

  @Column(name = "claimed_uic", length = 13)
  private String claimedUic;

  @Column(name = "company_name", length = 200)
  private String companyName;

  @Column(name = "requester_name", length = 200)
  private String name;

  @Column(name = "requester_email", length = 254)
  private String email;

  @Column(name = "requester_phone", length = 40)
  private String phone;

  void describe(String name, String email, String phone, String company) {
    this.name = Text.blankToNull(name, 200);
    this.email = Text.blankToNull(email, 254);
    this.phone = Text.blankToNull(phone, 40);
    this.companyName = Text.blankToNull(company, 200);
  }

  void claimUic(String uic) {
    this.claimedUic = Text.blankToNull(uic, 13);
  }

  String getClaimedUic() {
    return claimedUic;
  }

  String getCompanyName() {
    return companyName;
  }

  String getName() {
    return name;
  }

  String getEmail() {
    return email;
  }

  String getPhone() {
    return phone;
  }
}
