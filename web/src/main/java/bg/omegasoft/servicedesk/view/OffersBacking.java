package bg.omegasoft.servicedesk.view;

import bg.omegasoft.servicedesk.boundary.Offers;
import bg.omegasoft.servicedesk.boundary.Recommendations;
import bg.omegasoft.servicedesk.entity.OfferFollowUp;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.control.SofiaTime;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * servicedesk/offers.xhtml: offer requests with their first-contact clock (waiting ones first), the
 * first contact recorded, the end (became a client, declined); and the referrals with their state.
 */
@Named
@ViewScoped
public class OffersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Offers offers;
  @EJB private Recommendations recommendations;

  private List<OfferFollowUp> rows;
  private List<ServiceRequest> referrals;
  private Instant now;
  private OfferFollowUp selected;
  @NotNull private LocalDateTime contactedAt;
  @NotNull private OfferFollowUp.Way way;

  @NotBlank
  @Size(max = 200)
  private String by;

  @Size(max = 1000)
  private String note;

  @PostConstruct
  void load() {
    now = Instant.now();
    rows = offers.list();
    referrals = recommendations.list();
  }

  /** Opens the contact form for one offer request. */
  public void select(long requestId) {
    selected = offers.find(requestId);
    contactedAt = LocalDateTime.now(SofiaTime.ZONE).withSecond(0).withNano(0);
  }

  public void recordContact() {
    offers.recordContact(
        selected.getId(),
        selected.getVersion(),
        RequestWorkBacking.sofia(contactedAt),
        way,
        by,
        note);
    Messages.info("offers.contactRecorded", selected.getRequest().getNumber());
    selected = null;
    note = null;
    load();
  }

  public void close(long requestId, int version, OfferFollowUp.Outcome outcome) {
    OfferFollowUp closed = offers.close(requestId, version, outcome);
    Messages.info("offers.closed", closed.getRequest().getNumber());
    load();
  }

  public OfferFollowUp.Way[] getWays() {
    return OfferFollowUp.Way.values();
  }

  public List<OfferFollowUp> getRows() {
    return rows;
  }

  public List<ServiceRequest> getReferrals() {
    return referrals;
  }

  public Instant getNow() {
    return now;
  }

  public OfferFollowUp getSelected() {
    return selected;
  }

  public LocalDateTime getContactedAt() {
    return contactedAt;
  }

  public void setContactedAt(LocalDateTime contactedAt) {
    this.contactedAt = contactedAt;
  }

  public OfferFollowUp.Way getWay() {
    return way;
  }

  public void setWay(OfferFollowUp.Way way) {
    this.way = way;
  }

  public String getBy() {
    return by;
  }

  public void setBy(String by) {
    this.by = by;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
