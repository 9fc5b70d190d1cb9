package bg.omegasoft.learning.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.learning.entity.PriceRate;
import bg.omegasoft.learning.entity.RateCode;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The rates of the individual price: FINANCE sets them; the vendor's people read them. */
@Stateless
@RolesAllowed({Roles.FINANCE, Roles.ADMIN})
public class PriceRates {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  @RolesAllowed({Roles.FINANCE, Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public List<PriceRate> all() {
    return em.createNamedQuery(PriceRate.FIND_ALL, PriceRate.class).getResultList();
  }

  @RolesAllowed({Roles.FINANCE, Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public Map<RateCode, BigDecimal> current() {
    Map<RateCode, BigDecimal> rates = new EnumMap<>(RateCode.class);
    all().forEach(r -> rates.put(r.getCode(), r.getAmount()));
    return rates;
  }

  /** Saves new amounts; one refused amount leaves every rate as it was (nothing is saved). */
  public List<PriceRate> change(Map<RateCode, BigDecimal> amounts) {
    Instant now = Instant.now(clock);
    String who = session.getCallerPrincipal().getName();
    StringBuilder detail = new StringBuilder();
    for (Map.Entry<RateCode, BigDecimal> entry : amounts.entrySet()) {
      PriceRate rate = em.find(PriceRate.class, entry.getKey());
      if (rate == null) {
        throw new NotFoundException("PriceRate", entry.getKey());
      }
      BigDecimal before = rate.getAmount();
      rate.change(entry.getValue(), who, now);
      if (before.compareTo(rate.getAmount()) != 0) {
        detail
            .append(entry.getKey())
            .append(' ')
            .append(before)
            .append("->")
            .append(rate.getAmount())
            .append(' ');
      }
    }
    if (!detail.isEmpty()) {
      audit.record("PRICE_RATES_CHANGED", "PriceRate", null, detail.toString().strip());
    }
    return all();
  }
}
