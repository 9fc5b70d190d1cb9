package bg.omegasoft.contracts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bg.omegasoft.contracts.entity.Contract;
import bg.omegasoft.contracts.entity.FeePeriod;
import bg.omegasoft.contracts.entity.OutsourcedProcess;
import bg.omegasoft.contracts.entity.ProcessArea;
import bg.omegasoft.contracts.entity.Scope;
import bg.omegasoft.shared.entity.ServiceType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractTermsInForceTest {

  @Test
  void theFeeLineNamesTheContractAndThePeriodInBulgarian() {
    Contract.Fee fee =
        new Contract.Fee(
            LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), new BigDecimal("180.00"), 1);
    assertEquals(
        "Абонаментна такса по договор № 2026-0007 за 01.12.2026 – 31.12.2026",
        ContractTermsInForce.description("2026-0007", fee));
    assertEquals(
        "contract-fee:12:2026-12-01",
        ContractTermsInForce.sourceKey(12, LocalDate.of(2026, 12, 1)));
  }

  @Test
  void outsourcedProcessesAddTheirMonthlyAmountsForEveryMonthOfThePeriod() {
    Scope quarterly =
        new Scope(
            Set.of(ServiceType.VISIT),
            BigDecimal.ONE,
            null,
            List.of(
                new OutsourcedProcess(ProcessArea.HR, "Ведомости", new BigDecimal("350.00")),
                new OutsourcedProcess(
                    ProcessArea.FINANCE, "Счетоводство", new BigDecimal("0.505"))),
            FeePeriod.QUARTERLY,
            new BigDecimal("540.00"),
            null,
            Map.of());
    assertEquals(new BigDecimal("1591.52"), quarterly.periodAmount(), "540 + 3 × 350 + 3 × 0.505");
  }
}
