package bg.omegasoft.contracts.boundary;

import bg.omegasoft.contracts.entity.Contract;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The concluded contracts of the signed-in client administrator's company, and only those. */
@Stateless
@RolesAllowed(Roles.CLIENT_ADMIN)
public class MyContracts {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;

  /** The concluded contracts of the signed-in client administrator's company. */
  @RolesAllowed(Roles.CLIENT_ADMIN)
  public List<Contract> mine() {
    return myClientId()
        .map(id -> ofClient(id).stream().filter(c -> c.getStatus().wasConcluded()).toList())
        .orElse(List.of());
  }

  /** One concluded contract of the caller's company; any other is "not found". */
  @RolesAllowed(Roles.CLIENT_ADMIN)
  public Contract mine(long id) {
    Contract contract = em.find(Contract.class, id);
    Optional<Long> company = myClientId();
    if (contract == null
        || !contract.getStatus().wasConcluded()
        || company.isEmpty()
        || !company.get().equals(contract.getClient().getId())) {
      throw new NotFoundException("Contract", id);
    }
    return contract;
  }

  private Optional<Long> myClientId() {
    return em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
        .setParameter("username", caller())
        .getResultStream()
        .findFirst()
        .map(User::getClientId);
  }

  private List<Contract> ofClient(long clientId) {
    return em.createNamedQuery(Contract.FIND_BY_CLIENT, Contract.class)
        .setParameter("client", clientId)
        .getResultList();
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
