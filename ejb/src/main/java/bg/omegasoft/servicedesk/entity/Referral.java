package bg.omegasoft.servicedesk.entity;

import bg.omegasoft.clients.entity.Client;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * A recommendation of a prospective client: who was recommended; once the company became a client,
 * that client; once that client paid its first invoice, when the referrer's reward was recorded
 * (once). The language of the referrer's mails is kept for the mail of the reward.
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

  @Column(name = "prospect_phone", length = 40)
  private String prospectPhone;

  @Column(name = "referrer_language", length = 5)
  private String referrerLanguage;

  @Column(name = "prospect_registered_at")
  private Instant prospectRegisteredAt;

  @ManyToOne
  @JoinColumn(name = "prospect_client_id")
  private Client prospectClient;

  @Column(name = "reward_recorded_at")
  private Instant rewardRecordedAt;

  void describe(String name, String company, String uic, String email, String phone) {
    this.prospectName = name;
    this.prospectCompany = company;
    this.prospectUic = uic;
    this.prospectEmail = email;
    this.prospectPhone = phone;
  }

  void writeTo(String language) {
    this.referrerLanguage = "en".equals(language) ? "en" : "bg";
  }

  /** The prospect became a client: linked once; the reward waits for its first paid invoice. */
  boolean link(Client prospect, Instant now) {
    if (prospectClient != null) {
      return false;
    }
    this.prospectClient = prospect;
    this.prospectRegisteredAt = now;
    return true;
  }

  /** The linked client paid its first invoice: the reward is recorded unless it was already. */
  boolean earn(Instant now) {
    if (prospectClient == null || rewardRecordedAt != null) {
      return false;
    }
    this.rewardRecordedAt = now;
    return true;
  }

  /** Staff record the reward by hand: the prospect is linked if it was not. */
  boolean reward(Client prospect, Instant now) {
    if (rewardRecordedAt != null) {
      return false;
    }
    if (prospectClient == null) {
      link(prospect, now);
    }
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

  String getProspectPhone() {
    return prospectPhone;
  }

  String getReferrerLanguage() {
    return referrerLanguage;
  }

  Instant getProspectRegisteredAt() {
    return prospectRegisteredAt;
  }

  Client getProspectClient() {
    return prospectClient;
  }

  Instant getRewardRecordedAt() {
    return rewardRecordedAt;
  }
}
