package bg.omegasoft.pdm.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.pdm.control.AccessRules;
import bg.omegasoft.pdm.control.SpaceGate;
import bg.omegasoft.pdm.control.SpaceLog;
import bg.omegasoft.pdm.entity.AccessGrant;
import bg.omegasoft.pdm.entity.Side;
import bg.omegasoft.pdm.entity.SpaceEvent;
import bg.omegasoft.pdm.entity.StaffAssignment;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may enter a space: the client's administrators grant access to users of their company; an
 * ADMIN assigns the vendor's people to a client. Both lists are visible to the client's
 * administrators and to the assigned vendor people, so each side knows who can open the data.
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
public class SpaceAccess {

  static final String AUDIT_SUBJECT = "PdmSpace";

  @PersistenceContext private EntityManager em;
  @EJB private SpaceGate gate;
  @EJB private SpaceLog log;
  @EJB private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  /** The company's users let into the space. */
  public List<AccessGrant> grants(long clientId) {
    requireOverview(clientId);
    return em.createNamedQuery(AccessGrant.FIND_BY_SPACE, AccessGrant.class)
        .setParameter("clientId", clientId)
        .getResultList();
  }

  /** The vendor's people assigned to the client: who at the vendor may open the data. */
  public List<StaffAssignment> staff(long clientId) {
    requireOverview(clientId);
    return assignments(clientId);
  }

  /** Users of the company a client administrator may let in (not yet in, not administrators). */
  public List<User> grantCandidates(long clientId) {
    requireAdministrator(clientId);
    Set<Long> granted =
        grants(clientId).stream().map(g -> g.getUser().getId()).collect(Collectors.toSet());
    return em.createQuery(
            "select u from User u where u.clientId = :clientId order by u.fullName", User.class)
        .setParameter("clientId", clientId)
        .getResultStream()
        .filter(u -> AccessRules.mayBeGranted(AccessRules.personOf(u), clientId))
        .filter(u -> !granted.contains(u.getId()))
        .toList();
  }

  public void grant(long clientId, long userId) {
    SpaceGate.Entry entry = requireAdministrator(clientId);
    User user = em.find(User.class, userId);
    if (user == null || !AccessRules.mayBeGranted(AccessRules.personOf(user), clientId)) {
      throw new InvalidInputException("user", "pdm.grant.notEligible");
    }
    if (findGrant(clientId, userId) != null) {
      return;
    }
    em.persist(new AccessGrant(clientId, user, entry.user().getId(), Instant.now(clock)));
    log.record(
        clientId,
        entry.user(),
        entry.side(),
        SpaceEvent.Action.ACCESS_GRANTED,
        null,
        user.getUsername());
  }

  public void revoke(long clientId, long userId) {
    SpaceGate.Entry entry = requireAdministrator(clientId);
    AccessGrant grant = findGrant(clientId, userId);
    if (grant == null) {
      return;
    }
    em.remove(grant);
    log.record(
        clientId,
        entry.user(),
        entry.side(),
        SpaceEvent.Action.ACCESS_REVOKED,
        null,
        grant.getUser().getUsername());
  }

  /** The vendor's people assigned to a client (ADMIN: does not open the space itself). */
  @RolesAllowed(Roles.ADMIN)
  public List<StaffAssignment> assignments(long clientId) {
    return em.createNamedQuery(StaffAssignment.FIND_BY_SPACE, StaffAssignment.class)
        .setParameter("clientId", clientId)
        .getResultList();
  }

  /** The vendor's people who may be assigned to clients. */
  @RolesAllowed(Roles.ADMIN)
  public List<User> assignable() {
    return em.createNamedQuery(User.FIND_ALL, User.class)
        .getResultStream()
        .filter(u -> AccessRules.mayBeAssigned(AccessRules.personOf(u)))
        .sorted(Comparator.comparing(User::getFullName))
        .toList();
  }

  @RolesAllowed(Roles.ADMIN)
  public void assign(long clientId, long userId) {
    User admin = gate.caller().orElseThrow();
    User user = em.find(User.class, userId);
    if (user == null || !AccessRules.mayBeAssigned(AccessRules.personOf(user))) {
      throw new InvalidInputException("user", "pdm.assignment.notEligible");
    }
    if (!gate.clientExists(clientId)) {
      throw new NotFoundException("Client", clientId);
    }
    gate.ensureSpace(clientId);
    if (findAssignment(clientId, userId) != null) {
      return;
    }
    em.persist(new StaffAssignment(clientId, user, admin.getId(), Instant.now(clock)));
    log.record(
        clientId, admin, Side.VENDOR, SpaceEvent.Action.STAFF_ASSIGNED, null, user.getUsername());
    audit.record("PDM_STAFF_ASSIGNED", AUDIT_SUBJECT, clientId, user.getUsername());
  }

  @RolesAllowed(Roles.ADMIN)
  public void unassign(long clientId, long userId) {
    User admin = gate.caller().orElseThrow();
    StaffAssignment assignment = findAssignment(clientId, userId);
    if (assignment == null) {
      return;
    }
    em.remove(assignment);
    String username = assignment.getUser().getUsername();
    log.record(clientId, admin, Side.VENDOR, SpaceEvent.Action.STAFF_UNASSIGNED, null, username);
    audit.record("PDM_STAFF_UNASSIGNED", AUDIT_SUBJECT, clientId, username);
  }

  private SpaceGate.Entry requireOverview(long clientId) {
    SpaceGate.Entry entry = gate.enter(clientId);
    if (!entry.access().maySeeAudit()) {
      throw new SpaceActionRefusedException();
    }
    return entry;
  }

  private SpaceGate.Entry requireAdministrator(long clientId) {
    SpaceGate.Entry entry = gate.enter(clientId);
    if (!entry.access().mayManageAccess()) {
      throw new SpaceActionRefusedException();
    }
    return entry;
  }

  private AccessGrant findGrant(long clientId, long userId) {
    return em.createNamedQuery(AccessGrant.FIND, AccessGrant.class)
        .setParameter("clientId", clientId)
        .setParameter("userId", userId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private StaffAssignment findAssignment(long clientId, long userId) {
    return em.createNamedQuery(StaffAssignment.FIND, StaffAssignment.class)
        .setParameter("clientId", clientId)
        .setParameter("userId", userId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
