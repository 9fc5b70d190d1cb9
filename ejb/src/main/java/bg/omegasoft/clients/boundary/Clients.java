package bg.omegasoft.clients.boundary;

import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The register of client companies, for the vendor's people. */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.TRAINER, Roles.FINANCE, Roles.ADMIN})
public class Clients {

  @PersistenceContext private EntityManager em;

  public List<Client> all() {
    return em.createNamedQuery(Client.FIND_ALL, Client.class).getResultList();
  }

  public Client find(long id) {
    Client client = em.find(Client.class, id);
    if (client == null) {
      throw new NotFoundException("Client", id);
    }
    return client;
  }
}
