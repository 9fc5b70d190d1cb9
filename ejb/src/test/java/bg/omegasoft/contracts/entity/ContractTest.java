package bg.omegasoft.contracts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.entity.ServiceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final LocalDate END = LocalDate.of(2026, 12, 31);

  static Scope scope(FeePeriod period, String fee) {
    return new Scope(
        EnumSet.of(ServiceType.VISIT, ServiceType.REMOTE),
        new BigDecimal("4"),
        "до 4 работни часа",
        List.of(),
        period,
        new BigDecimal(fee),
        new BigDecimal("10"),
        Map.of(ServiceType.VISIT, new BigDecimal("50.00")));
  }

  static Assessment assessment() {
    return new Assessment(
        new Client("Деметра Агро ЕООД", "201234563", NOW),
        new Assessment.Needs(
            25, 2, "Омекс ТРЗ", new BigDecimal("4"), Set.of(ServiceType.VISIT), null, null, null),
        NOW,
        "staff");
  }

  private static Contract concluded(FeePeriod period, String fee) {
    Assessment assessment = assessment();
    assessment.approve(true, null, "admin", "Анна Иванова", NOW);
    Contract contract =
        Contract.draft(assessment, START, END, false, scope(period, fee), "staff", NOW);
    contract.conclude("2026-0001", START, "staff", NOW);
    return contract;
  }

  @Test
  void aContractIsConcludedOnlyWithAnApprovedAssessment() {
    Assessment pending = assessment();
    Contract draft =
        Contract.draft(pending, START, END, false, scope(FeePeriod.MONTHLY, "180"), "staff", NOW);
    ContractRuleException refused =
        assertThrows(
            ContractRuleException.class, () -> draft.conclude("2026-0001", START, "staff", NOW));
    assertEquals("contracts.notApproved", refused.messageKey());
    assertEquals(ContractStatus.DRAFT, draft.getStatus());

    pending.approve(true, "Имаме капацитет", "admin", "Анна Иванова", NOW);
    draft.conclude("2026-0001", START, "staff", NOW);
    assertEquals(ContractStatus.CONCLUDED, draft.getStatus());
    assertEquals("Анна Иванова", pending.getDecidedByName());
  }

  @Test
  void approvalNeedsTheStatementAndARefusalItsReasonAndBlocksDrafts() {
    Assessment assessment = assessment();
    assertThrows(
        InvalidInputException.class, () -> assessment.approve(false, null, "admin", "A", NOW));
    assertThrows(InvalidInputException.class, () -> assessment.refuse(" ", "admin", "A", NOW));
    assessment.refuse("Нямаме консултанти в района", "admin", "A", NOW);
    assertEquals(Decision.REFUSED, assessment.getDecision());
    assertThrows(
        ContractRuleException.class, () -> assessment.approve(true, null, "admin", "A", NOW));
    assertThrows(
        ContractRuleException.class,
        () ->
            Contract.draft(assessment, START, END, false, scope(FeePeriod.MONTHLY, "1"), "s", NOW));
  }

  @Test
  void theScopeAndPeriodAreChecked() {
    Assessment assessment = assessment();
    assertEquals(
        "contracts.periodInvalid",
        assertThrows(
                InvalidInputException.class,
                () ->
                    Contract.draft(
                        assessment, START, START, false, scope(FeePeriod.MONTHLY, "1"), "s", NOW))
            .messageKey());
    assertEquals(
        "contracts.terms.feeInvalid",
        assertThrows(
                InvalidInputException.class,
                () ->
                    Contract.draft(
                        assessment, START, END, false, scope(FeePeriod.MONTHLY, "0"), "s", NOW))
            .messageKey());
    Scope negativeHours =
        new Scope(
            Set.of(ServiceType.VISIT),
            new BigDecimal("-1"),
            null,
            null,
            FeePeriod.MONTHLY,
            BigDecimal.TEN,
            null,
            null);
    assertEquals(
        "contracts.terms.hoursInvalid",
        assertThrows(InvalidInputException.class, negativeHours::checked).messageKey());
  }

  @Test
  void anAmendmentAddsAVersionAndTheTermsAnswerByDate() {
    Contract contract = concluded(FeePeriod.MONTHLY, "180.00");
    Scope more =
        new Scope(
            EnumSet.of(ServiceType.VISIT, ServiceType.REMOTE, ServiceType.TRAINING),
            new BigDecimal("6"),
            null,
            List.of(
                new OutsourcedProcess(
                    ProcessArea.HR, "Ведомости за заплати", new BigDecimal("100.00"))),
            FeePeriod.MONTHLY,
            new BigDecimal("200.00"),
            BigDecimal.ZERO,
            Map.of());
    contract.amend(LocalDate.of(2026, 7, 1), more, "Повече часове", "staff", NOW);
    assertEquals(2, contract.getTerms().size());
    assertEquals(
        new BigDecimal("4"),
        contract.termsOn(LocalDate.of(2026, 6, 30)).orElseThrow().getIncludedHoursPerMonth());
    assertEquals(
        new BigDecimal("6"),
        contract.termsOn(LocalDate.of(2026, 7, 1)).orElseThrow().getIncludedHoursPerMonth());
    List<Contract.Fee> fees = contract.feesDueUpTo(LocalDate.of(2026, 7, 15));
    assertEquals(7, fees.size());
    assertEquals(new BigDecimal("180.00"), fees.get(5).amount());
    assertEquals(
        new BigDecimal("300.00"), fees.get(6).amount(), "the fee plus the outsourced payroll");
    assertThrows(
        InvalidInputException.class,
        () -> contract.amend(LocalDate.of(2026, 6, 1), more, "назад", "staff", NOW),
        "not before the latest version");
    assertThrows(
        InvalidInputException.class,
        () ->
            contract.amend(
                LocalDate.of(2026, 9, 1), scope(FeePeriod.QUARTERLY, "500"), "x", "staff", NOW),
        "the fee period is fixed");
  }

  @Test
  void terminationStopsCoverageAndFees() {
    Contract contract = concluded(FeePeriod.MONTHLY, "180.00");
    contract.terminate(LocalDate.of(2026, 4, 1), "Клиентът се оттегли", "staff", NOW);
    assertEquals(ContractStatus.TERMINATED, contract.getStatus());
    assertTrue(contract.inForceOn(LocalDate.of(2026, 3, 31)));
    assertFalse(contract.inForceOn(LocalDate.of(2026, 4, 1)));
    assertEquals(3, contract.feesDueUpTo(LocalDate.of(2026, 12, 31)).size());
  }

  @Test
  void quarterlyAndYearlyFees() {
    assertEquals(
        4, concluded(FeePeriod.QUARTERLY, "500").feesDueUpTo(LocalDate.of(2027, 6, 1)).size());
    List<Contract.Fee> yearly =
        concluded(FeePeriod.YEARLY, "2000").feesDueUpTo(LocalDate.of(2026, 1, 1));
    assertEquals(1, yearly.size());
    assertEquals(END, yearly.get(0).end());
  }

  @Test
  void atItsEndAContractRenewsWhenAgreedElseExpires() {
    Contract expiring = concluded(FeePeriod.MONTHLY, "180");
    assertFalse(expiring.rollOver(END, "system", NOW));
    assertTrue(expiring.rollOver(END.plusDays(1), "system", NOW));
    assertEquals(ContractStatus.EXPIRED, expiring.getStatus());
    assertTrue(expiring.inForceOn(END), "coverage stays for days in the past period");

    Assessment assessment = assessment();
    assessment.approve(true, null, "admin", "A", NOW);
    Contract renewing =
        Contract.draft(assessment, START, END, true, scope(FeePeriod.MONTHLY, "180"), "s", NOW);
    renewing.conclude("2026-0002", START, "s", NOW);
    assertTrue(renewing.rollOver(LocalDate.of(2027, 1, 1), "system", NOW));
    assertEquals(ContractStatus.CONCLUDED, renewing.getStatus());
    assertEquals(LocalDate.of(2027, 12, 31), renewing.getEndDate());
    assertEquals(13, renewing.feesDueUpTo(LocalDate.of(2027, 1, 1)).size());
  }

  @Test
  void overlappingPeriodsAreDetected() {
    Contract contract = concluded(FeePeriod.MONTHLY, "180");
    assertTrue(contract.overlaps(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 12, 31)));
    assertFalse(contract.overlaps(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
  }
}
