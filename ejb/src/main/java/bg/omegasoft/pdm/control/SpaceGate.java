package bg.omegasoft.pdm.control;

import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.pdm.boundary.UnknownFileException;
import bg.omegasoft.pdm.boundary.UnknownSpaceException;
import bg.omegasoft.pdm.entity.Access;
import bg.omegasoft.pdm.entity.AccessGrant;
import bg.omegasoft.pdm.entity.PdmFile;
import bg.omegasoft.pdm.entity.Side;
import bg.omegasoft.pdm.entity.Space;
import bg.omegasoft.pdm.entity.StaffAssignment;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place that decides whether the caller may enter a space (by {@link AccessRules}) and
 * answers "unknown" when not, so that every query of the boundaries is scoped by the caller's
 * rights and no answer tells a foreign space or file from one that does not exist.
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
public class SpaceGate {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;

  /** The caller inside a space: who they are, what they may do, which side they are on. */
  public record Entry(User user, long clientId, Access access) {
    public Side side() {
      return access.side();
    }
  }

  /** The signed-in caller's account, if the principal is a known user. */
  public Optional<User> caller() {
    return em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
        .setParameter("username", session.getCallerPrincipal().getName())
        .getResultStream()
        .findFirst();
  }

  /**
   * Enters a space or answers "unknown space"; the space of a client administrator's own company is
   * created on first entry.
   */
  public Entry enter(long clientId) {
    User user = caller().orElseThrow(() -> new UnknownSpaceException(clientId));
    Access access = accessOf(user, clientId);
    if (!access.mayEnter()) {
      throw new UnknownSpaceException(clientId);
    }
    ensureSpace(clientId);
    return new Entry(user, clientId, access);
  }

  /** Enters the space of a file or answers "unknown file", the same for foreign and absent ids. */
  public Entry enterFor(long fileId) {
    PdmFile file = em.find(PdmFile.class, fileId);
    User user = caller().orElseThrow(() -> new UnknownFileException(fileId));
    if (file == null || !accessOf(user, file.getClientId()).mayEnter()) {
      throw new UnknownFileException(fileId);
    }
    return new Entry(user, file.getClientId(), accessOf(user, file.getClientId()));
  }

  /** The clients whose spaces the caller may enter. */
  public List<Long> enterable() {
    Optional<User> user = caller();
    if (user.isEmpty()) {
      return List.of();
    }
    List<Long> candidates = new ArrayList<>();
    if (user.get().getClientId() != null) {
      candidates.add(user.get().getClientId());
    } else {
      em.createNamedQuery(StaffAssignment.FIND_BY_USER, StaffAssignment.class)
          .setParameter("userId", user.get().getId())
          .getResultList()
          .forEach(a -> candidates.add(a.getClientId()));
    }
    return candidates.stream().filter(id -> accessOf(user.get(), id).mayEnter()).toList();
  }

  public Access accessOf(User user, long clientId) {
    AccessRules.Person person = AccessRules.personOf(user);
    boolean granted =
        person.clientId() != null
            && !em.createNamedQuery(AccessGrant.FIND, AccessGrant.class)
                .setParameter("clientId", clientId)
                .setParameter("userId", user.getId())
                .getResultList()
                .isEmpty();
    boolean assigned =
        person.clientId() == null
            && !em.createNamedQuery(StaffAssignment.FIND, StaffAssignment.class)
                .setParameter("clientId", clientId)
                .setParameter("userId", user.getId())
                .getResultList()
                .isEmpty();
    return AccessRules.decide(person, clientId, granted, assigned);
  }

  public boolean clientExists(long clientId) {
    return em.find(Client.class, clientId) != null;
  }

  /** The client's name, for headings and e-mails. */
  public String clientName(long clientId) {
    Client client = em.find(Client.class, clientId);
    return client == null ? String.valueOf(clientId) : client.getName();
  }

  /** Creates the space of a client if it has none yet (safe when two requests race). */
  public void ensureSpace(long clientId) {
    if (em.find(Space.class, clientId) == null) {
      em.createNativeQuery(
              "insert ignore into pdm_space (client_id, created_at)"
                  + " select id, utc_timestamp(3) from client where id = ?")
          .setParameter(1, clientId)
          .executeUpdate();
    }
  }
}
