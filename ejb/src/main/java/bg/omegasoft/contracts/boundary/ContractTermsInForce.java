package bg.omegasoft.contracts.boundary;

import bg.omegasoft.contracts.entity.Contract;
import bg.omegasoft.contracts.entity.ContractStatus;
import bg.omegasoft.contracts.entity.TermsVersion;
import bg.omegasoft.identity.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What billing asks of contracts, answered from the concluded contracts and their terms versions.
 * Billing code runs as FINANCE or as the nightly job's BATCH_OPERATOR.
 *
 * <p>Outsourced finance and HR processes are part of a contract's scope with their own monthly
 * amounts; each fee period's amount is the periodic fee plus those amounts for the months of the
 * period, so a period is one line on the invoice ({@code contract-fee:<id>:<periodStart>}).
 */
@Stateless
@RolesAllowed({Roles.FINANCE, Roles.BATCH_OPERATOR, Roles.ADMIN})
public class ContractTermsInForce implements ContractTerms {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Coverage> coverageOn(long clientId, LocalDate day) {
    return em.createNamedQuery(Contract.FIND_BY_CLIENT, Contract.class)
        .setParameter("client", clientId)
        .getResultStream()
        .filter(c -> c.inForceOn(day))
        .findFirst()
        .flatMap(c -> c.termsOn(day).map(t -> coverage(c, t)));
  }

  @Override
  public Set<Long> withContracts(Collection<Long> clientIds) {
    if (clientIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "select distinct c.client.id from Contract c where c.client.id in :clients"
                    + " and c.status <> :draft",
                Long.class)
            .setParameter("clients", clientIds)
            .setParameter("draft", ContractStatus.DRAFT)
            .getResultList());
  }

  @Override
  public List<FeeDue> feesDueUpTo(LocalDate billingDate) {
    List<FeeDue> due = new ArrayList<>();
    for (Contract contract :
        em.createNamedQuery(Contract.FIND_CONCLUDED, Contract.class)
            .setParameter("draft", ContractStatus.DRAFT)
            .getResultList()) {
      for (Contract.Fee fee : contract.feesDueUpTo(billingDate)) {
        due.add(
            new FeeDue(
                contract.getId(),
                contract.getClient().getId(),
                contract.getNumber(),
                fee.start(),
                fee.end(),
                fee.amount(),
                description(contract.getNumber(), fee),
                sourceKey(contract.getId(), fee.start())));
      }
    }
    return due;
  }

  /**
   * The invoice line's text, e.g. "Абонаментна такса по договор № 2026-0007 за 01.12.2026 –
   * 31.12.2026".
   */
  static String description(String number, Contract.Fee fee) {
    return "Абонаментна такса по договор № "
        + number
        + " за "
        + DAY.format(fee.start())
        + " – "
        + DAY.format(fee.end());
  }

  static String sourceKey(long contractId, LocalDate periodStart) {
    return "contract-fee:" + contractId + ":" + periodStart;
  }

  private static Coverage coverage(Contract contract, TermsVersion terms) {
    return new Coverage(
        contract.getId(),
        contract.getNumber(),
        terms.getCovered(),
        terms.getIncludedHoursPerMonth(),
        terms.getOverageRates(),
        terms.getOverageDiscountPercent());
  }
}
