package bg.omegasoft.pdm.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.pdm.control.SpaceGate;
import bg.omegasoft.pdm.entity.Side;
import bg.omegasoft.pdm.entity.SpaceEvent;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The audit of a space for its client administrators and the assigned vendor people: every upload,
 * download, deletion, expiry and change of access, with who (and on which side), when and from
 * where. Read by date range through an index on (space, time), newest first.
 */
@Stateless
@RolesAllowed({
  Roles.TRAINEE,
  Roles.TRAINER,
  Roles.STAFF,
  Roles.CLIENT_ADMIN,
  Roles.BATCH_OPERATOR,
  Roles.FINANCE,
  Roles.ADMIN
})
public class SpaceAudit {

  /** The most entries one request returns (the CSV export included). */
  public static final int MAX_ENTRIES = 10_000;

  @PersistenceContext private EntityManager em;
  @EJB private SpaceGate gate;

  /**
   * Entries from the start of {@code from} to the end of {@code to} (days in Europe/Sofia, both
   * inclusive), of one side only when {@code side} is given (e.g. what the vendor's people did).
   */
  public List<SpaceEvent> events(long clientId, LocalDate from, LocalDate to, Side side, int max) {
    SpaceGate.Entry entry = gate.enter(clientId);
    if (!entry.access().maySeeAudit()) {
      throw new SpaceActionRefusedException();
    }
    Instant start = from.atStartOfDay(SofiaTime.ZONE).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(SofiaTime.ZONE).toInstant();
    TypedQuery<SpaceEvent> query =
        side == null
            ? em.createNamedQuery(SpaceEvent.FIND_BY_SPACE, SpaceEvent.class)
            : em.createNamedQuery(SpaceEvent.FIND_BY_SPACE_AND_SIDE, SpaceEvent.class)
                .setParameter("side", side);
    return query
        .setParameter("clientId", clientId)
        .setParameter("from", start)
        .setParameter("to", end)
        .setMaxResults(Math.max(1, Math.min(max, MAX_ENTRIES)))
        .getResultList();
  }
}
