package bg.omegasoft.contracts.view;

import bg.omegasoft.shared.entity.ServiceType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The overage rates part of the terms form: one row per coverable service type. */
public class RatesEditor implements Serializable {
  private static final long serialVersionUID = 1L;
  private final List<RateRow> rows =
      new ArrayList<>(ContractChoices.serviceTypes().stream().map(RateRow::new).toList());

  void fill(Map<ServiceType, BigDecimal> rates) {
    rows.forEach(r -> r.setRate(rates.get(ServiceType.valueOf(r.getType()))));
  }

  /** The rates entered; a row left empty is not in it. */
  Map<ServiceType, BigDecimal> rates() {
    Map<ServiceType, BigDecimal> overage = new EnumMap<>(ServiceType.class);
    rows.stream()
        .filter(r -> r.getRate() != null)
        .forEach(r -> overage.put(ServiceType.valueOf(r.getType()), r.getRate()));
    return overage;
  }

  public List<RateRow> getRows() {
    return rows;
  }
}
