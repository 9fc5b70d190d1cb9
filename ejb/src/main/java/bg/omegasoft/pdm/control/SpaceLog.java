package bg.omegasoft.pdm.control;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.pdm.entity.PdmFile;
import bg.omegasoft.pdm.entity.Side;
import bg.omegasoft.pdm.entity.SpaceEvent;
import bg.omegasoft.shared.boundary.RequestOrigin;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Writes a space's audit: in the caller's transaction when there is one (the entry exists exactly
 * when the change does), else in its own, committed before the method returns (a download is
 * recorded before its first byte leaves).
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
public class SpaceLog {

  /** The actor name of what the platform does by itself (the retention job). */
  public static final String SYSTEM_ACTOR = "omex:retention";

  @PersistenceContext private EntityManager em;
  @Inject private RequestOrigin origin;

  private final Clock clock = Clock.systemUTC();

  public void record(
      long clientId, User actor, Side side, SpaceEvent.Action action, PdmFile file, String detail) {
    em.persist(
        new SpaceEvent(
            clientId,
            Instant.now(clock),
            new SpaceEvent.Actor(actor.getUsername(), actor.getFullName(), actor.getId(), side),
            action,
            file,
            detail,
            address()));
  }

  public void recordSystem(long clientId, SpaceEvent.Action action, PdmFile file, String detail) {
    em.persist(
        new SpaceEvent(
            clientId,
            Instant.now(clock),
            new SpaceEvent.Actor(SYSTEM_ACTOR, null, null, Side.SYSTEM),
            action,
            file,
            detail,
            null));
  }

  private String address() {
    try {
      return origin.address();
    } catch (RuntimeException noRequest) {
      return null;
    }
  }
}
