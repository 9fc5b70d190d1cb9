package bg.omegasoft.contracts.boundary;

import bg.omegasoft.contracts.entity.Contract;
import bg.omegasoft.contracts.entity.ContractStatus;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The response terms of the contracts as a clock: the business hours agreed from receipt of a
 * request to the first response, for the service desk's clocks and reports.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class ResponseTerms {

  @PersistenceContext private EntityManager em;

  /**
   * The agreed response term of a contract in force for the client on the day, when it sets one.
   * Open to all: the service desk's clock watch asks it and runs as no one; it reveals only a
   * number.
   */
  @PermitAll
  public Optional<Term> on(long clientId, LocalDate day) {
    return em.createNamedQuery(Contract.FIND_BY_CLIENT, Contract.class)
        .setParameter("client", clientId)
        .getResultStream()
        .filter(c -> c.inForceOn(day))
        .findFirst()
        .flatMap(
            c ->
                c.termsOn(day)
                    .filter(t -> t.getResponseHours() != null)
                    .map(
                        t ->
                            new Term(
                                c.getId(),
                                c.getNumber(),
                                c.getClient().getId(),
                                Duration.ofHours(t.getResponseHours()))));
  }

  /** The contracts ever concluded, for choosing one in a report. */
  public List<Contract> concluded() {
    return em.createNamedQuery(Contract.FIND_CONCLUDED, Contract.class)
        .setParameter("draft", ContractStatus.DRAFT)
        .getResultList();
  }

  public Contract find(long contractId) {
    Contract contract = em.find(Contract.class, contractId);
    if (contract == null || contract.getStatus() == ContractStatus.DRAFT) {
      throw new NotFoundException("Contract", contractId);
    }
    return contract;
  }

  /** A contract's response term: the business time from receipt to the first response. */
  public record Term(long contractId, String contractNumber, long clientId, Duration time) {}
}
