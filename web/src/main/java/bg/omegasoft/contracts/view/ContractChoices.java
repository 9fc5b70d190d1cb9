package bg.omegasoft.contracts.view;

import bg.omegasoft.contracts.entity.FeePeriod;
import bg.omegasoft.contracts.entity.ProcessArea;
import bg.omegasoft.shared.entity.ServiceType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The choices the contract pages offer, by their names, and the way back from the names. */
final class ContractChoices {

  /** The service types a contract may cover (express is for clients without a contract). */
  static final List<ServiceType> COVERABLE =
      List.of(
          ServiceType.VISIT,
          ServiceType.REMOTE,
          ServiceType.PASSWORD_RECOVERY,
          ServiceType.LICENCE_OWNER_CHANGE,
          ServiceType.TRAINING);

  private ContractChoices() {}

  static List<String> serviceTypes() {
    return COVERABLE.stream().map(ServiceType::name).toList();
  }

  static List<String> feePeriods() {
    return List.of(FeePeriod.MONTHLY.name(), FeePeriod.QUARTERLY.name(), FeePeriod.YEARLY.name());
  }

  static List<String> areas() {
    return List.of(ProcessArea.FINANCE.name(), ProcessArea.HR.name());
  }

  /** The service types chosen on a page; none when nothing was chosen. */
  static Set<ServiceType> types(List<String> names) {
    Set<ServiceType> types = EnumSet.noneOf(ServiceType.class);
    if (names != null) {
      names.forEach(n -> types.add(ServiceType.valueOf(n)));
    }
    return types;
  }
}
