package bg.omegasoft.contracts.boundary;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.contracts.control.ContractNumbers;
import bg.omegasoft.contracts.entity.Contract;
import bg.omegasoft.contracts.entity.ContractRuleException;
import bg.omegasoft.contracts.entity.ContractStatus;
import bg.omegasoft.contracts.entity.Scope;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Service contracts from the draft to the end: staff draft a contract from an approved needs
 * assessment ({@link NeedsAssessments}), conclude, amend, renew and terminate it; the calendar
 * rolls ended periods over. FINANCE reads; a client administrator reads the company's concluded
 * contracts through {@link MyContracts}. The client's service-contract mark follows every change.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.FINANCE, Roles.ADMIN})
public class Contracts {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;
  @EJB private Clients clients;
  @EJB private NeedsAssessments assessments;
  @Inject private ContractNumbers numbers;

  /** The actor of what the calendar does by itself (renewals and expiries at a period's end). */
  static final String SYSTEM = "system";

  private final Clock clock = Clock.systemUTC();

  /** The contracts drafted from an assessment. */
  public List<Contract> fromAssessment(long assessmentId) {
    return em.createNamedQuery(Contract.FIND_BY_ASSESSMENT, Contract.class)
        .setParameter("assessment", assessmentId)
        .getResultList();
  }

  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  public Contract draft(long assessmentId, ContractForm form) {
    Contract contract =
        Contract.draft(
            assessments.assessment(assessmentId),
            form.start(),
            form.end(),
            form.autoRenew(),
            form.scope(),
            caller(),
            now());
    em.persist(contract);
    em.flush();
    audit.record("CONTRACT_DRAFTED", "Contract", contract.getId(), null);
    return contract;
  }

  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  public Contract changeDraft(long id, int version, ContractForm form) {
    Contract contract = locked(id, version);
    contract.changeDraft(form.start(), form.end(), form.autoRenew(), form.scope(), caller(), now());
    audit.record("CONTRACT_DRAFT_CHANGED", "Contract", id, null);
    return contract;
  }

  /**
   * Concludes the contract: only with an approved assessment and when no other concluded contract
   * of the client shares a day with its period; it gets the next number of the signing year.
   */
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  public Contract conclude(long id, int version, LocalDate signedOn) {
    Contract contract = locked(id, version);
    if (contract.getStatus() == ContractStatus.DRAFT && contract.getAssessment().isApproved()) {
      refuseOverlap(contract, contract.getStartDate(), contract.getEndDate());
    }
    String number = signedOn == null ? null : numbers.next(signedOn.getYear());
    contract.conclude(number, signedOn, caller(), now());
    followMark(contract.getClient());
    audit.record("CONTRACT_CONCLUDED", "Contract", id, number);
    return contract;
  }

  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  public Contract amend(long id, int version, LocalDate effectiveFrom, Scope scope, String reason) {
    Contract contract = locked(id, version);
    contract.amend(effectiveFrom, scope, reason, caller(), now());
    audit.record("CONTRACT_AMENDED", "Contract", id, reason);
    return contract;
  }

  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  public Contract renew(long id, int version) {
    Contract contract = locked(id, version);
    if (contract.getStatus() == ContractStatus.CONCLUDED) {
      LocalDate[] next = contract.renewalPeriod();
      refuseOverlap(contract, next[0], next[1]);
    }
    contract.renew(caller(), now());
    followMark(contract.getClient());
    audit.record("CONTRACT_RENEWED", "Contract", id, contract.getEndDate().toString());
    return contract;
  }

  /** Ends the contract from the date on; no fee period starting on or after it falls due. */
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  public Contract terminate(long id, int version, LocalDate from, String reason) {
    Contract contract = locked(id, version);
    contract.terminate(from, reason, caller(), now());
    followMark(contract.getClient());
    audit.record("CONTRACT_TERMINATED", "Contract", id, from + ": " + reason);
    return contract;
  }

  /**
   * Contracts whose period ended before the day renew themselves when so agreed, the rest expire;
   * the clients' marks follow. Run daily; answers how many contracts changed.
   */
  @RolesAllowed(Roles.ADMIN)
  public int rollOver(LocalDate today) {
    List<Contract> ended =
        em.createNamedQuery(Contract.FIND_ENDED, Contract.class)
            .setParameter("concluded", ContractStatus.CONCLUDED)
            .setParameter("today", today)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    int changed = 0;
    for (Contract contract : ended) {
      if (contract.rollOver(today, SYSTEM, now())) {
        changed++;
        audit.recordAs(
            SYSTEM,
            contract.getStatus() == ContractStatus.EXPIRED
                ? "CONTRACT_EXPIRED"
                : "CONTRACT_RENEWED",
            "Contract",
            contract.getId(),
            contract.getEndDate().toString());
      }
    }
    ended.stream().map(Contract::getClient).distinct().forEach(c -> followMark(c, today));
    return changed;
  }

  public Contract find(long id) {
    Contract contract = em.find(Contract.class, id);
    if (contract == null) {
      throw new NotFoundException("Contract", id);
    }
    return contract;
  }

  public List<Contract> all() {
    return em.createNamedQuery(Contract.FIND_ALL, Contract.class).getResultList();
  }

  /** A client's contracts, newest period first (the client page shows them). */
  @RolesAllowed({Roles.STAFF, Roles.TRAINER, Roles.FINANCE, Roles.ADMIN})
  public List<Contract> ofClient(long clientId) {
    return em.createNamedQuery(Contract.FIND_BY_CLIENT, Contract.class)
        .setParameter("client", clientId)
        .getResultList();
  }

  private void refuseOverlap(Contract contract, LocalDate from, LocalDate to) {
    for (Contract other : ofClient(contract.getClient().getId())) {
      if (!other.getId().equals(contract.getId())
          && other.getStatus().wasConcluded()
          && other.overlaps(from, to)) {
        throw new ContractRuleException("contracts.overlap", other.getNumber());
      }
    }
  }

  private void followMark(Client client) {
    followMark(client, LocalDate.now(clock.withZone(SofiaTime.ZONE)));
  }

  /** The client has a service contract while one of its concluded contracts has days to come. */
  private void followMark(Client client, LocalDate today) {
    boolean has =
        ofClient(client.getId()).stream()
            .anyMatch(
                c ->
                    (c.getStatus() == ContractStatus.CONCLUDED
                            || c.getStatus() == ContractStatus.TERMINATED)
                        && !c.lastDay().isBefore(today));
    clients.markServiceContract(client.getId(), has);
  }

  private Contract locked(long id, int version) {
    Contract contract = find(id);
    em.lock(contract, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(contract);
    if (contract.getVersion() != version) {
      throw new ContractRuleException("contracts.changedMeanwhile");
    }
    return contract;
  }

  private Instant now() {
    return Instant.now(clock);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
