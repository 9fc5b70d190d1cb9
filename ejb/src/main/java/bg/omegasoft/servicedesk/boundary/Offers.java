package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.servicedesk.entity.OfferFollowUp;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Offer requests as sales staff follow them: open ones first (waiting ones by their first-contact
 * time), the first contact recorded, and the end (became a client or declined).
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class Offers {

  private static final String SUBJECT = "OfferRequest";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  /**
   * The latest 500 offer requests: not yet contacted first, then contacted, then closed, each the
   * earliest due first.
   */
  public List<OfferFollowUp> list() {
    return em
        .createNamedQuery(OfferFollowUp.FIND_ALL, OfferFollowUp.class)
        .setMaxResults(500)
        .getResultList()
        .stream()
        .sorted(OfferFollowUp.WAITING_FIRST)
        .toList();
  }

  public OfferFollowUp find(long requestId) {
    OfferFollowUp followUp = em.find(OfferFollowUp.class, requestId);
    if (followUp == null) {
      throw new NotFoundException(SUBJECT, requestId);
    }
    return followUp;
  }

  /** Staff reached the sender: the first-contact clock stops. */
  public OfferFollowUp recordContact(
      long requestId, int version, Instant at, OfferFollowUp.Way way, String by, String note) {
    OfferFollowUp followUp = edit(requestId, version);
    followUp.recordContact(at, way, by, note, Instant.now(clock), caller());
    audit.record(
        "OFFER_CONTACTED", SUBJECT, followUp.getRequest().getNumber(), String.valueOf(way));
    return saved(followUp);
  }

  /** The offer ended: the sender became a client, or declined. */
  public OfferFollowUp close(long requestId, int version, OfferFollowUp.Outcome outcome) {
    OfferFollowUp followUp = edit(requestId, version);
    followUp.close(outcome, Instant.now(clock), caller());
    audit.record(
        "OFFER_CLOSED", SUBJECT, followUp.getRequest().getNumber(), String.valueOf(outcome));
    return saved(followUp);
  }

  private OfferFollowUp edit(long requestId, int version) {
    OfferFollowUp followUp = find(requestId);
    if (followUp.getVersion() != version) {
      throw new RequestChangedException(followUp.getRequest().getNumber());
    }
    return followUp;
  }

  private OfferFollowUp saved(OfferFollowUp followUp) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new RequestChangedException(followUp.getRequest().getNumber());
    }
    return followUp;
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
