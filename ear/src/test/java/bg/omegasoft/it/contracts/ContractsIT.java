package bg.omegasoft.it.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.contracts.boundary.ContractTerms;
import bg.omegasoft.contracts.boundary.ContractTerms.Coverage;
import bg.omegasoft.contracts.boundary.ContractTerms.FeeDue;
import bg.omegasoft.contracts.boundary.Contracts;
import bg.omegasoft.contracts.boundary.MyContracts;
import bg.omegasoft.contracts.boundary.NeedsAssessments;
import bg.omegasoft.contracts.entity.Assessment;
import bg.omegasoft.contracts.entity.Contract;
import bg.omegasoft.contracts.entity.ContractRuleException;
import bg.omegasoft.contracts.entity.ContractStatus;
import bg.omegasoft.contracts.entity.Decision;
import bg.omegasoft.contracts.entity.EventKind;
import bg.omegasoft.contracts.entity.FeePeriod;
import bg.omegasoft.contracts.entity.OutsourcedProcess;
import bg.omegasoft.contracts.entity.ProcessArea;
import bg.omegasoft.contracts.entity.Scope;
import bg.omegasoft.it.support.AsAdmin;
import bg.omegasoft.it.support.AsClientAdmin;
import bg.omegasoft.it.support.AsFinance;
import bg.omegasoft.it.support.AsOperator;
import bg.omegasoft.it.support.AsStaff;
import bg.omegasoft.it.support.Deployments;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.control.SofiaTime;
import bg.omegasoft.shared.entity.ServiceType;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contracts in the server with real roles and MariaDB: no conclusion without a named manager's
 * approval, the approval recorded, amendments kept as versions that answer coverage by date, the
 * fee periods billing asks for (monthly, quarterly, yearly, stopping at a termination), overlapping
 * contracts refused, and the client's contract mark following the contracts.
 */
@ExtendWith(ArquillianExtension.class)
class ContractsIT {

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithTestsOf(ContractsIT.class);
  }

  @EJB ContractFixtures fixtures;
  @EJB AsStaff asStaff;
  @EJB AsAdmin asAdmin;
  @EJB AsFinance asFinance;
  @EJB AsOperator asOperator;
  @EJB AsClientAdmin asClientAdmin;
  @EJB Contracts contracts;
  @EJB NeedsAssessments needsAssessments;
  @EJB MyContracts myContracts;
  @EJB Clients clients;

  @Resource(lookup = "java:jboss/datasources/OmexDS")
  DataSource database;

  /** As billing finds it: a CDI lookup of the interface. */
  @Inject Instance<ContractTerms> terms;

  @Test
  void aContractCannotBeConcludedWithoutTheManagersApproval() {
    Client client = fixtures.newClient();
    Assessment pending = fixtures.assessment(client.getId());
    assertEquals(Decision.PENDING, pending.getDecision());
    Contract draft =
        fixtures.draft(
            pending, JAN_1, DEC_31, ContractFixtures.scope(FeePeriod.MONTHLY, "180", "4"));
    ContractRuleException refused =
        assertThrows(
            ContractRuleException.class,
            () -> asStaff.call(() -> contracts.conclude(draft.getId(), draft.getVersion(), JAN_1)));
    assertEquals("contracts.notApproved", refused.messageKey());
    Contract still = asStaff.call(() -> contracts.find(draft.getId()));
    assertEquals(ContractStatus.DRAFT, still.getStatus());
    assertEquals(null, still.getNumber(), "no number is used up by a refused conclusion");

    // staff cannot approve: only the named manager (ADMIN)
    assertThrows(
        EJBException.class,
        () ->
            asStaff.call(
                () -> needsAssessments.approve(pending.getId(), pending.getVersion(), true, null)));
    // the statement must be confirmed
    assertThrows(
        InvalidInputException.class,
        () ->
            asAdmin.call(
                () ->
                    needsAssessments.approve(pending.getId(), pending.getVersion(), false, null)));
    Assessment approved =
        asAdmin.call(
            () ->
                needsAssessments.approve(
                    pending.getId(), pending.getVersion(), true, "Екипът в Пловдив"));
    assertEquals(Decision.APPROVED, approved.getDecision());
    assertEquals("admin", approved.getDecidedBy());
    assertEquals("Анна Иванова", approved.getDecidedByName());
    assertNotNull(approved.getDecidedAt());
    assertEquals("Екипът в Пловдив", approved.getDecisionNote());

    Contract concluded =
        asStaff.call(() -> contracts.conclude(draft.getId(), still.getVersion(), JAN_1));
    assertEquals(ContractStatus.CONCLUDED, concluded.getStatus());
    assertTrue(concluded.getNumber().matches("2026-\\d{4}"), concluded.getNumber());
    assertEquals(JAN_1, concluded.getSignedOn());
    assertTrue(
        concluded.getEvents().stream().anyMatch(e -> e.getKind() == EventKind.CONCLUDED),
        "the history records the conclusion");
  }

  @Test
  void aRefusalNeedsAReasonAndNoContractFollowsIt() {
    Assessment assessment = fixtures.assessment(fixtures.newClient().getId());
    assertThrows(
        InvalidInputException.class,
        () ->
            asAdmin.call(
                () -> needsAssessments.refuse(assessment.getId(), assessment.getVersion(), " ")));
    Assessment refused =
        asAdmin.call(
            () ->
                needsAssessments.refuse(
                    assessment.getId(), assessment.getVersion(), "Няма капацитет"));
    assertEquals(Decision.REFUSED, refused.getDecision());
    assertEquals("admin", refused.getDecidedBy());
    ContractRuleException noDraft =
        assertThrows(
            ContractRuleException.class,
            () ->
                fixtures.draft(
                    refused, JAN_1, DEC_31, ContractFixtures.scope(FeePeriod.MONTHLY, "100", "1")));
    assertEquals("contracts.assessment.refused", noDraft.messageKey());
  }

  @Test
  void anAmendmentKeepsTheHistoryAndCoverageAnswersByDate() {
    Contract contract =
        fixtures.concluded(JAN_1, DEC_31, ContractFixtures.scope(FeePeriod.MONTHLY, "180.00", "4"));
    long clientId = contract.getClient().getId();
    Scope more =
        new Scope(
            EnumSet.of(ServiceType.VISIT, ServiceType.REMOTE, ServiceType.TRAINING),
            new BigDecimal("6"),
            "4 часа",
            List.of(
                new OutsourcedProcess(
                    ProcessArea.HR, "Ведомости за заплати", new BigDecimal("100.00"))),
            FeePeriod.MONTHLY,
            new BigDecimal("200.00"),
            new BigDecimal("15"),
            Map.of());
    assertThrows(
        InvalidInputException.class,
        () ->
            asStaff.call(
                () ->
                    contracts.amend(
                        contract.getId(),
                        contract.getVersion(),
                        LocalDate.of(2026, 7, 1),
                        more,
                        "")),
        "an amendment states why");
    Contract amended =
        asStaff.call(
            () ->
                contracts.amend(
                    contract.getId(),
                    contract.getVersion(),
                    LocalDate.of(2026, 7, 1),
                    more,
                    "Повече часове"));
    assertEquals(2, amended.getTerms().size());
    assertEquals(new BigDecimal("4.00"), amended.getTerms().get(0).getIncludedHoursPerMonth());
    assertEquals("Повече часове", amended.getTerms().get(1).getReason());
    assertTrue(amended.getEvents().stream().anyMatch(e -> e.getKind() == EventKind.AMENDED));

    Coverage june =
        asFinance
            .call(() -> terms.get().coverageOn(clientId, LocalDate.of(2026, 6, 30)))
            .orElseThrow();
    assertEquals(EnumSet.of(ServiceType.VISIT, ServiceType.REMOTE), june.covered());
    assertEquals(new BigDecimal("4.00"), june.includedHoursPerMonth());
    assertEquals(new BigDecimal("10.00"), june.overageDiscountPercent());
    assertEquals(new BigDecimal("55.00"), june.overageRates().get(ServiceType.VISIT));
    assertEquals(contract.getNumber(), june.contractNumber());
    Coverage july =
        asOperator
            .call(() -> terms.get().coverageOn(clientId, LocalDate.of(2026, 7, 1)))
            .orElseThrow();
    assertEquals(new BigDecimal("6.00"), july.includedHoursPerMonth());
    assertTrue(july.covered().contains(ServiceType.TRAINING));
    assertEquals(
        Optional.empty(),
        asFinance.call(() -> terms.get().coverageOn(clientId, LocalDate.of(2025, 12, 31))));
    assertEquals(
        Optional.empty(),
        asFinance.call(() -> terms.get().coverageOn(clientId, LocalDate.of(2027, 1, 1))));
    assertThrows(
        EJBException.class,
        () -> asStaff.call(() -> terms.get().coverageOn(clientId, JAN_1)),
        "billing's interface is for FINANCE, BATCH_OPERATOR and ADMIN");

    List<FeeDue> fees = feesOf(amended.getId(), LocalDate.of(2026, 7, 31));
    assertEquals(7, fees.size());
    assertEquals(new BigDecimal("180.00"), fees.get(5).amount());
    assertEquals(new BigDecimal("300.00"), fees.get(6).amount(), "fee plus the outsourced payroll");
  }

  @Test
  void feesFallDueByPeriodInAdvanceAndStopAtTheTermination() {
    Contract monthly =
        fixtures.concluded(JAN_1, DEC_31, ContractFixtures.scope(FeePeriod.MONTHLY, "180.00", "4"));
    Contract quarterly =
        fixtures.concluded(
            LocalDate.of(2026, 2, 1),
            LocalDate.of(2027, 1, 31),
            ContractFixtures.scope(FeePeriod.QUARTERLY, "500.00", "8"));
    Contract yearly =
        fixtures.concluded(
            JAN_1,
            LocalDate.of(2027, 12, 31),
            ContractFixtures.scope(FeePeriod.YEARLY, "1800.00", "2"));
    LocalDate billing = LocalDate.of(2026, 11, 30);

    List<FeeDue> months = feesOf(monthly.getId(), billing);
    assertEquals(11, months.size());
    FeeDue november = months.get(10);
    assertEquals(LocalDate.of(2026, 11, 1), november.periodStart());
    assertEquals(LocalDate.of(2026, 11, 30), november.periodEnd());
    assertEquals(new BigDecimal("180.00"), november.amount());
    assertEquals("contract-fee:" + monthly.getId() + ":2026-11-01", november.sourceKey());
    assertEquals(
        "Абонаментна такса по договор № " + monthly.getNumber() + " за 01.11.2026 – 30.11.2026",
        november.description());
    assertEquals(monthly.getClient().getId(), november.clientId());

    List<FeeDue> quarters = feesOf(quarterly.getId(), billing);
    assertEquals(
        List.of(
            LocalDate.of(2026, 2, 1),
            LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 8, 1),
            LocalDate.of(2026, 11, 1)),
        quarters.stream().map(FeeDue::periodStart).toList());
    assertEquals(LocalDate.of(2027, 1, 31), quarters.get(3).periodEnd());

    List<FeeDue> years = feesOf(yearly.getId(), billing);
    assertEquals(1, years.size());
    assertEquals(DEC_31, years.get(0).periodEnd());
    assertEquals(2, feesOf(yearly.getId(), LocalDate.of(2027, 1, 1)).size());

    asStaff.call(
        () ->
            contracts.terminate(
                monthly.getId(),
                monthly.getVersion(),
                LocalDate.of(2026, 4, 1),
                "Клиентът се оттегли"));
    List<FeeDue> untilTermination = feesOf(monthly.getId(), billing);
    assertEquals(3, untilTermination.size(), "no period starting on or after the termination");
    assertEquals(LocalDate.of(2026, 3, 1), untilTermination.get(2).periodStart());
  }

  @Test
  void theClientsContractMarkFollowsTheContractsAndOverlapsAreRefused() throws Exception {
    LocalDate today = LocalDate.now(SofiaTime.ZONE);
    Client client = fixtures.newClient();
    assertFalse(mark(client));

    Contract contract =
        fixtures.concluded(
            client.getId(),
            today.minusMonths(2),
            today.plusMonths(10).minusDays(1),
            ContractFixtures.scope(FeePeriod.MONTHLY, "150", "3"));
    assertTrue(mark(client), "concluded");
    assertEquals(1, asAdmin.call(() -> contracts.ofClient(client.getId())).size());

    Contract overlapping =
        fixtures.draft(
            fixtures.approved(client.getId()),
            today.plusMonths(6),
            today.plusMonths(18),
            ContractFixtures.scope(FeePeriod.MONTHLY, "150", "3"));
    ContractRuleException overlap =
        assertThrows(
            ContractRuleException.class,
            () ->
                asStaff.call(
                    () ->
                        contracts.conclude(overlapping.getId(), overlapping.getVersion(), today)));
    assertEquals("contracts.overlap", overlap.messageKey());

    asStaff.call(
        () ->
            contracts.terminate(
                contract.getId(), contract.getVersion(), today, "Край на сътрудничеството"));
    assertFalse(mark(client), "terminated as of today");

    Contract next =
        asStaff.call(
            () -> contracts.conclude(overlapping.getId(), overlapping.getVersion(), today));
    assertTrue(mark(client), "the later contract is concluded");

    // time passes (the period ended yesterday): at the nightly roll-over it expires, not renewed
    try (Connection db = database.getConnection();
        PreparedStatement ended =
            db.prepareStatement("update contract set start_date = ?, end_date = ? where id = ?");
        PreparedStatement firstTerms =
            db.prepareStatement(
                "update contract_terms set effective_from = ? where contract_id = ? and version_no = 1")) {
      ended.setObject(1, today.minusMonths(12));
      ended.setObject(2, today.minusDays(1));
      ended.setLong(3, next.getId());
      assertEquals(1, ended.executeUpdate());
      firstTerms.setObject(1, today.minusMonths(12));
      firstTerms.setLong(2, next.getId());
      assertEquals(1, firstTerms.executeUpdate());
    }
    assertTrue(mark(client), "still marked until the roll-over");
    assertTrue(asAdmin.call(() -> contracts.rollOver(today)) >= 1);
    Contract expired = asStaff.call(() -> contracts.find(next.getId()));
    assertEquals(ContractStatus.EXPIRED, expired.getStatus());
    assertTrue(expired.getEvents().stream().anyMatch(e -> e.getKind() == EventKind.EXPIRED));
    assertFalse(mark(client), "expired");
  }

  @Test
  void anAutoRenewingContractRenewsAtItsEndAndTheClientAdminReadsOnlyItsOwn() {
    LocalDate today = LocalDate.now(SofiaTime.ZONE);
    Client client = fixtures.newClient();
    Assessment approved = fixtures.approved(client.getId());
    Contract draft =
        asStaff.call(
            () ->
                contracts.draft(
                    approved.getId(),
                    new bg.omegasoft.contracts.boundary.ContractForm(
                        today.minusMonths(12),
                        today.minusDays(1),
                        true,
                        ContractFixtures.scope(FeePeriod.QUARTERLY, "400", "5"))));
    Contract concluded =
        asStaff.call(
            () -> contracts.conclude(draft.getId(), draft.getVersion(), today.minusMonths(12)));
    assertFalse(mark(client), "its period ended yesterday");
    assertTrue(asAdmin.call(() -> contracts.rollOver(today)) >= 1);
    Contract renewed = asStaff.call(() -> contracts.find(concluded.getId()));
    assertEquals(ContractStatus.CONCLUDED, renewed.getStatus());
    assertEquals(today.plusMonths(12).minusDays(1), renewed.getEndDate());
    assertTrue(renewed.getEvents().stream().anyMatch(e -> e.getKind() == EventKind.RENEWED));
    assertTrue(mark(client), "renewed");

    // the demo client administrator (Деметра Агро) sees the company's contract, not this one
    List<Contract> own = asClientAdmin.call(() -> myContracts.mine());
    assertTrue(
        own.stream().allMatch(c -> c.getClient().getUic().equals("201234563")), own.toString());
    assertTrue(own.stream().anyMatch(c -> c.getStatus() == ContractStatus.CONCLUDED));
    assertThrows(
        Exception.class, () -> asClientAdmin.call(() -> myContracts.mine(concluded.getId())));
  }

  private boolean mark(Client client) {
    return asStaff.call(() -> clients.find(client.getId())).isHasServiceContract();
  }

  private List<FeeDue> feesOf(long contractId, LocalDate billingDate) {
    return asOperator.call(() -> terms.get().feesDueUpTo(billingDate)).stream()
        .filter(f -> f.contractId() == contractId)
        .toList();
  }
}
