package bg.omegasoft.clients.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A licence of an Omex® product held by a client company. Its owner changes only by a change of
 * licence owner (mergers, holdings), and every owner it had stays in its history.
 */
@Entity
@Table(name = "licence")
@NamedQuery(
    name = Licence.FIND_BY_OWNER,
    query = "select l from Licence l where l.owner.id = :client order by l.product, l.number")
@NamedQuery(
    name = Licence.FIND_BY_NUMBER,
    query = "select l from Licence l where l.number = :number")
public class Licence {

  public static final String FIND_BY_OWNER = "Licence.findByOwner";
  public static final String FIND_BY_NUMBER = "Licence.findByNumber";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 100)
  private String product;

  @Column(name = "licence_number", nullable = false, unique = true, length = 40)
  private String number;

  @Column(nullable = false)
  private int seats;

  @ManyToOne(optional = false)
  @JoinColumn(name = "owner_client_id")
  private Client owner;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "licence", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @OrderBy("ownedFrom")
  private List<LicenceOwnership> history = new ArrayList<>();

  @Version private int version;

  protected Licence() {}

  /** A new licence, owned by {@code owner} from {@code now}; the first entry of its history. */
  public Licence(String product, String number, int seats, Client owner, Instant now, String by) {
    if (seats < 1) {
      throw new IllegalArgumentException("seats");
    }
    this.product = product.strip();
    this.number = number.strip();
    this.seats = seats;
    this.owner = owner;
    this.createdAt = now;
    history.add(new LicenceOwnership(this, owner, now, null, null, by));
  }

  /**
   * Hands the licence to another company: the current ownership ends now, the new one starts, and
   * both stay in the history with the legal ground and the reference (e.g. the request number).
   */
  public void transferTo(
      Client newOwner, Instant now, String legalGround, String reference, String by) {
    if (newOwner.getId() != null && newOwner.getId().equals(owner.getId())) {
      throw new IllegalStateException("The licence already belongs to " + owner.getName());
    }
    history.stream().filter(LicenceOwnership::isCurrent).forEach(o -> o.endAt(now));
    history.add(new LicenceOwnership(this, newOwner, now, legalGround, reference, by));
    owner = newOwner;
  }

  public void changeSeats(int seats) {
    if (seats < 1) {
      throw new IllegalArgumentException("seats");
    }
    this.seats = seats;
  }

  public Long getId() {
    return id;
  }

  public String getProduct() {
    return product;
  }

  public String getNumber() {
    return number;
  }

  public int getSeats() {
    return seats;
  }

  public Client getOwner() {
    return owner;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<LicenceOwnership> getHistory() {
    return List.copyOf(history);
  }

  public int getVersion() {
    return version;
  }
}
