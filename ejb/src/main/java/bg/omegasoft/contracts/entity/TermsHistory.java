package bg.omegasoft.contracts.entity;

import bg.omegasoft.contracts.control.FeeSchedule;
import bg.omegasoft.shared.boundary.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The versions of a contract's terms, each in force from its date until the next one: which applies
 * on a day, the amendment that adds a version, and the fees each version prices.
 */
final class TermsHistory {

  private final List<TermsVersion> versions;

  TermsHistory(List<TermsVersion> versions) {
    this.versions = versions;
  }

  /** The version in force on the day (the latest that took effect by then). */
  Optional<TermsVersion> on(LocalDate day) {
    return versions.stream()
        .filter(t -> !t.getEffectiveFrom().isAfter(day))
        .max(Comparator.comparingInt(TermsVersion::getNumber));
  }

  TermsVersion latest() {
    return versions.stream().max(Comparator.comparingInt(TermsVersion::getNumber)).orElseThrow();
  }

  /**
   * Adds the next version from a date after the latest one's and by the contract's last day. The
   * fee period stays as agreed (a different billing rhythm is a new contract), so the fee schedule
   * never breaks.
   */
  TermsVersion amend(
      Contract contract,
      LocalDate effectiveFrom,
      Scope scope,
      String reason,
      String by,
      Instant at) {
    TermsVersion latest = latest();
    if (effectiveFrom == null
        || !effectiveFrom.isAfter(latest.getEffectiveFrom())
        || effectiveFrom.isAfter(contract.lastDay())) {
      throw new InvalidInputException("effectiveFrom", "contracts.amend.dateInvalid");
    }
    if (scope.feePeriod() != latest.getFeePeriod()) {
      throw new InvalidInputException("feePeriod", "contracts.amend.periodFixed");
    }
    TermsVersion amended =
        new TermsVersion(
            contract, latest.getNumber() + 1, effectiveFrom, scope.checked(), reason, by, at);
    versions.add(amended);
    return amended;
  }

  /**
   * The fee periods from the start to the last day that are due by the billing date, in the rhythm
   * of the first version, each with the amount of the version in force on its first day.
   */
  List<Contract.Fee> feesDue(LocalDate start, LocalDate lastDay, LocalDate billingDate) {
    FeePeriod rhythm = versions.get(0).getFeePeriod();
    return FeeSchedule.due(start, lastDay, rhythm, billingDate).stream()
        .map(
            p -> {
              TermsVersion t = on(p.start()).orElseThrow();
              return new Contract.Fee(p.start(), p.end(), t.getPeriodAmount(), t.getNumber());
            })
        .toList();
  }
}
