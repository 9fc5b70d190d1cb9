package bg.omegasoft.contracts.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import bg.omegasoft.contracts.entity.FeePeriod;
import bg.omegasoft.contracts.entity.OutsourcedProcess;
import bg.omegasoft.contracts.entity.ProcessArea;
import bg.omegasoft.contracts.entity.Scope;
import bg.omegasoft.shared.entity.ServiceType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermsFormTest {

  @Test
  void theScopeTakesTheEnteredRatesAndProcessesAndLeavesOutTheEmptyRows() {
    TermsForm form = new TermsForm();
    form.setCovered(List.of("VISIT", "REMOTE"));
    form.setIncludedHours(new BigDecimal("4"));
    form.setFeePeriod("QUARTERLY");
    form.setFee(new BigDecimal("180"));
    form.getRates().getRows().get(1).setRate(new BigDecimal("55"));
    ProcessRow payroll = form.getProcesses().getRows().get(1);
    payroll.setArea("FINANCE");
    payroll.setName("  ТРЗ ");
    payroll.setMonthlyAmount(new BigDecimal("90"));
    form.getProcesses().getRows().get(2).setName(" ");

    Scope scope = form.scope();

    assertEquals(Set.of(ServiceType.VISIT, ServiceType.REMOTE), scope.covered());
    assertEquals(FeePeriod.QUARTERLY, scope.feePeriod());
    assertEquals(Map.of(ServiceType.REMOTE, new BigDecimal("55")), scope.overageRates());
    assertEquals(1, scope.processes().size());
    OutsourcedProcess process = scope.processes().get(0);
    assertEquals(ProcessArea.FINANCE, process.getArea());
    assertEquals("ТРЗ", process.getName());
    assertEquals(new BigDecimal("450.00"), scope.periodAmount());
  }

  @Test
  void noPeriodChosenGivesNoPeriodAndNoTypesGiveAnEmptySet() {
    TermsForm form = new TermsForm();
    form.setFeePeriod(null);
    form.setCovered(null);

    Scope scope = form.scope();

    assertNull(scope.feePeriod());
    assertEquals(Set.of(), scope.covered());
  }

  @Test
  void theRatesOfferEveryCoverableTypeInOrder() {
    assertEquals(
        ContractChoices.serviceTypes(),
        new TermsForm().getRates().getRows().stream().map(RateRow::getType).toList());
  }
}
