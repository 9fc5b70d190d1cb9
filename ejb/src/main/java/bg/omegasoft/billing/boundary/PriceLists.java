package bg.omegasoft.billing.boundary;

import bg.omegasoft.billing.control.PriceBookCache;
import bg.omegasoft.billing.entity.PriceListException;
import bg.omegasoft.billing.entity.PriceListVersion;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.entity.ServiceType;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The price list (B3): everyone at the vendor reads it, FINANCE adds versions. */
@Stateless
@RolesAllowed(Roles.FINANCE)
public class PriceLists {

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;
  @Resource private SessionContext session;
  @Inject private Event<PriceBookCache.Changed> changed;

  private final Clock clock = Clock.systemUTC();

  /** Every version, the newest first. */
  @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.STAFF, Roles.BATCH_OPERATOR})
  public List<PriceListVersion> versions() {
    return em.createNamedQuery(PriceListVersion.FIND_ALL, PriceListVersion.class).getResultList();
  }

  /**
   * Adds a version valid from a day; the version before it then ends the day before. A version that
   * would start on or before the start of an existing one overlaps it and is refused.
   */
  public PriceListVersion add(
      LocalDate validFrom, Map<ServiceType, BigDecimal> prices, BigDecimal referralReward) {
    PriceListVersion version =
        new PriceListVersion(
            validFrom,
            prices,
            referralReward,
            session.getCallerPrincipal().getName(),
            Instant.now(clock));
    // the versions are locked so two versions added at once cannot both pass the check
    List<PriceListVersion> existing =
        em.createNamedQuery(PriceListVersion.FIND_ALL, PriceListVersion.class)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    for (PriceListVersion other : existing) {
      if (!validFrom.isAfter(other.getValidFrom())) {
        throw new PriceListException("billing.priceList.overlap");
      }
    }
    if (!existing.isEmpty()) {
      existing.get(0).endBefore(version);
    }
    em.persist(version);
    em.flush();
    changed.fire(new PriceBookCache.Changed());
    audit.record(
        "PRICE_LIST_VERSION_ADDED", "PriceListVersion", version.getId(), validFrom.toString());
    return version;
  }
}
