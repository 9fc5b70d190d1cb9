package bg.omegasoft.servicedesk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/**
 * The client's consent for a vendor specialist to handle the data in the product. The charter makes
 * the request itself that consent; this records who gave it, when and through which channel.
 */
@Embeddable
public class Consent {

  @Column(name = "consent_given_by", nullable = false, length = 254)
  private String givenBy;

  @Column(name = "consent_given_at", nullable = false)
  private Instant givenAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "consent_channel", nullable = false, length = 20)
  private Channel channel;

  protected Consent() {}

  public Consent(String givenBy, Instant givenAt, Channel channel) {
    String who = Text.blankToNull(givenBy, 254);
    if (who == null) {
      throw new IllegalArgumentException("Consent needs the person who gave it");
    }
    this.givenBy = who;
    this.givenAt = Objects.requireNonNull(givenAt);
    this.channel = Objects.requireNonNull(channel);
  }

  /**
   * The same person's consent, given (again) at the moment and through the channel of a
   * confirmation.
   */
  Consent confirmed(Instant at, Channel through) {
    return new Consent(givenBy, at, through);
  }

  public String getGivenBy() {
    return givenBy;
  }

  public Instant getGivenAt() {
    return givenAt;
  }

  public Channel getChannel() {
    return channel;
  }
}
