package bg.omegasoft.clients.boundary;

import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.clients.entity.Licence;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.entity.Uic;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * The register of client companies: their details, contacts and licences. The vendor's people read
 * it; STAFF and ADMIN keep it. Identification of a requester (UIC plus a known e-mail address) is
 * open, because public forms and the mailbox reader act without a signed-in user.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.TRAINER, Roles.FINANCE, Roles.ADMIN})
public class Clients {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;
  @Inject private Validator validator;
  @Inject private Event<ClientRegistered> registered;

  private final Clock clock = Clock.systemUTC();

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

  /** A client's details for an invoice: billing reads them also in the nightly run. */
  @RolesAllowed({Roles.FINANCE, Roles.BATCH_OPERATOR, Roles.ADMIN})
  public Client forInvoicing(long id) {
    return find(id);
  }

  /**
   * The details of several clients for invoicing in one query, read-only (not to be changed): the
   * nightly run reads a whole chunk of customers at once.
   */
  @RolesAllowed({Roles.FINANCE, Roles.BATCH_OPERATOR, Roles.ADMIN})
  public List<Client> forInvoicing(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select c from Client c where c.id in :ids", Client.class)
        .setParameter("ids", ids)
        .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
        .getResultList();
  }

  /** The company of the signed-in client user (a client administrator or a trainee). */
  @RolesAllowed({Roles.CLIENT_ADMIN, Roles.TRAINEE})
  public Optional<Client> mine() {
    return em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
        .setParameter("username", caller())
        .getResultStream()
        .findFirst()
        .map(User::getClientId)
        .map(id -> em.find(Client.class, id));
  }

  /** The company that has this UIC, if it is a client. */
  public Optional<Client> byUic(String uic) {
    return em.createNamedQuery(Client.FIND_BY_UIC, Client.class)
        .setParameter("uic", uic == null ? "" : uic.strip())
        .getResultStream()
        .findFirst();
  }

  /**
   * The client a requester belongs to: the company with this UIC, but only when the e-mail address
   * is the company's or one of its contacts'. Anyone may claim a UIC; only a known address ties the
   * request to the company.
   */
  @PermitAll
  public Optional<Client> identify(String uic, String email) {
    return byUic(uic).filter(c -> c.knowsAddress(email));
  }

  /** The one client whose company or contact address this is; empty when none or ambiguous. */
  @PermitAll
  public Optional<Client> bySenderAddress(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    List<Client> found =
        em.createNamedQuery(Client.FIND_BY_EMAIL, Client.class)
            .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
            .getResultList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** Registers a new client or saves the edited copy of an existing one. */
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  public Client save(Client edited) {
    if (edited.getUic() != null) {
      edited.setUic(edited.getUic().strip());
    }
    validate(edited);
    Optional<Client> sameUic = byUic(edited.getUic());
    if (sameUic.isPresent() && !sameUic.get().getId().equals(edited.getId())) {
      throw new UicTakenException(edited.getUic(), sameUic.get().getName());
    }
    if (edited.getId() == null) {
      Client client = new Client(edited.getName(), edited.getUic(), Instant.now(clock));
      client.takeDetailsFrom(edited);
      em.persist(client);
      flush(client);
      audit.record("CLIENT_CREATED", "Client", client.getId(), client.getUic());
      registered.fire(new ClientRegistered(client.getId(), client.getUic(), client.getName()));
      return client;
    }
    Client client = find(edited.getId());
    if (client.getVersion() != edited.getVersion()) {
      throw new ClientChangedException(client.getName());
    }
    client.takeDetailsFrom(edited);
    flush(client);
    audit.record("CLIENT_UPDATED", "Client", client.getId(), null);
    return client;
  }

  /**
   * Sets the client's service-contract mark. The contracts capability owns the mark: it calls this
   * when a contract is concluded, terminated, renewed or expires.
   */
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  public void markServiceContract(long clientId, boolean hasContract) {
    Client client = find(clientId);
    if (client.isHasServiceContract() != hasContract) {
      client.setHasServiceContract(hasContract);
      audit.record("CLIENT_CONTRACT_MARK", "Client", clientId, "hasServiceContract=" + hasContract);
    }
  }

  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  public Client addContact(
      long clientId, String name, String position, String email, String phone) {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("contactName", "client.contactNameRequired");
    }
    Client client = find(clientId);
    if (email != null && !email.isBlank() && client.knowsAddress(email)) {
      throw new InvalidInputException("contactEmail", "client.contactEmailTaken");
    }
    client.addContact(name, position, email, phone);
    validate(client);
    flush(client);
    audit.record("CLIENT_CONTACT_ADDED", "Client", clientId, name);
    return client;
  }

  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  public Client removeContact(long clientId, long contactId) {
    Client client = find(clientId);
    client.removeContact(contactId);
    audit.record("CLIENT_CONTACT_REMOVED", "Client", clientId, "contact " + contactId);
    return client;
  }

  public List<Licence> licencesOf(long clientId) {
    return em.createNamedQuery(Licence.FIND_BY_OWNER, Licence.class)
        .setParameter("client", clientId)
        .getResultList();
  }

  public Licence licence(long licenceId) {
    Licence licence = em.find(Licence.class, licenceId);
    if (licence == null) {
      throw new NotFoundException("Licence", licenceId);
    }
    return licence;
  }

  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  public Licence addLicence(long clientId, String product, String number, Integer seats) {
    if (product == null || product.isBlank()) {
      throw new InvalidInputException("product", "licence.productRequired");
    }
    if (number == null || !number.strip().matches("[A-Za-z0-9][A-Za-z0-9./-]{2,39}")) {
      throw new InvalidInputException("licenceNumber", "licence.numberInvalid");
    }
    if (seats == null || seats < 1 || seats > 100_000) {
      throw new InvalidInputException("seats", "licence.seatsInvalid");
    }
    boolean taken =
        !em.createNamedQuery(Licence.FIND_BY_NUMBER, Licence.class)
            .setParameter("number", number.strip())
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new InvalidInputException("licenceNumber", "licence.numberTaken");
    }
    Licence licence =
        new Licence(product, number, seats, find(clientId), Instant.now(clock), caller());
    em.persist(licence);
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw new InvalidInputException("licenceNumber", "licence.numberTaken");
    }
    audit.record("LICENCE_ADDED", "Licence", licence.getId(), licence.getNumber());
    return licence;
  }

  /**
   * Changes the owner of a licence (a completed change-of-owner request); the history keeps the
   * former owner, the legal ground and the reference.
   */
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  public Licence transferLicence(
      long licenceId, long newOwnerId, String legalGround, String reference) {
    Licence licence = licence(licenceId);
    Client newOwner = find(newOwnerId);
    if (licence.getOwner().getId().equals(newOwner.getId())) {
      throw new InvalidInputException("toClient", "licence.sameOwner");
    }
    String from = licence.getOwner().getUic();
    licence.transferTo(newOwner, Instant.now(clock), legalGround, reference, caller());
    audit.record(
        "LICENCE_OWNER_CHANGED",
        "Licence",
        licenceId,
        from + " -> " + newOwner.getUic() + " (" + reference + ")");
    return licence;
  }

  private void validate(Client client) {
    Set<ConstraintViolation<Client>> violations = validator.validate(client);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    if (!Uic.Validator.isValidUic(client.getUic())) {
      throw new InvalidInputException("uic", "uic.invalid");
    }
  }

  private void flush(Client client) {
    try {
      em.flush();
    } catch (jakarta.persistence.OptimisticLockException e) {
      throw new ClientChangedException(client.getName());
    }
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
