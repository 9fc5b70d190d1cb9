package bg.omegasoft.servicedesk.entity;

import bg.omegasoft.clients.entity.Client;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * A recommendation of a prospective client: who was recommended, and once the company became a
 * client, that client and when the referrer's reward was recorded (once).
 */
@Embeddable
public class Referral {

  @Column(name = "prospect_name", length = 200)
  private String prospectName;

  @Column(name = "prospect_company", length = 200)
  private String prospectCompany;

  @Column(name = "prospect_uic", length = 13)
  private String prospectUic;

  @Column(name = "prospect_email", length = 254)
  private String prospectEmail;

  @ManyToOne
  @JoinColumn(name = "prospect_client_id")
  private Client prospectClient;

  @Column(name = "reward_recorded_at")
  private Instant rewardRecordedAt;

  void describe(String name, String company, String uic, String email) {
    this.prospectName = name;
    this.prospectCompany = company;
    this.prospectUic = uic;
    this.prospectEmail = email;
  }

  /** The prospect became a client: the reward is recorded unless it was already. */
  boolean reward(Client prospect, Instant now) {
    if (rewardRecordedAt != null) {
      return false;
    }
    this.prospectClient = prospect;
    this.rewardRecordedAt = now;
    return true;
  }

  String getProspectName() {
    return prospectName;
  }

  String getProspectCompany() {
    return prospectCompany;
  }

  String getProspectUic() {
    return prospectUic;
  }

  String getProspectEmail() {
    return prospectEmail;
  }

  Client getProspectClient() {
    return prospectClient;
  }

  Instant getRewardRecordedAt() {
    return rewardRecordedAt;
  }
}
