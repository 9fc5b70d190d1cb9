package bg.omegasoft.it.billing;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.contracts.boundary.ContractForm;
import bg.omegasoft.contracts.boundary.Contracts;
import bg.omegasoft.contracts.boundary.NeedsAssessments;
import bg.omegasoft.contracts.entity.Assessment;
import bg.omegasoft.contracts.entity.Contract;
import bg.omegasoft.contracts.entity.FeePeriod;
import bg.omegasoft.contracts.entity.Scope;
import bg.omegasoft.it.support.AsAdmin;
import bg.omegasoft.it.support.AsStaff;
import bg.omegasoft.shared.entity.ServiceType;
import bg.omegasoft.shared.entity.Uic;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Concluded contracts of new clients for the billing tests, made through the contracts boundary
 * with the demo users' real roles: staff records the needs, the admin approves, staff drafts and
 * concludes. (The contracts tests' own fixtures live in another test package, which the billing
 * tests' deployment does not carry.)
 */
@Stateless
@PermitAll
public class ContractsToBill {

  @EJB AsStaff asStaff;
  @EJB AsAdmin asAdmin;
  @EJB Clients clients;
  @EJB Contracts contracts;
  @EJB NeedsAssessments needsAssessments;

  /**
   * Visits and remote work covered, the given included hours a month, a monthly fee, the given
   * discount on the list price and no own rates.
   */
  static Scope scope(String hours, String fee, String discount) {
    return scope(hours, fee, discount, Map.of());
  }

  static Scope scope(
      String hours, String fee, String discount, Map<ServiceType, BigDecimal> rates) {
    return new Scope(
        EnumSet.of(ServiceType.VISIT, ServiceType.REMOTE),
        new BigDecimal(hours),
        "1 работен ден",
        List.of(),
        FeePeriod.MONTHLY,
        new BigDecimal(fee),
        new BigDecimal(discount),
        rates);
  }

  /** A concluded contract of a new client, signed on its first day. */
  public Contract concluded(LocalDate start, LocalDate end, Scope scope) {
    Client client =
        asStaff.call(
            () -> {
              String uic = unusedUic();
              Client c = Client.blank();
              c.setName("Абонатна " + uic + " ООД");
              c.setUic(uic);
              c.setCity("Варна");
              return clients.save(c);
            });
    Assessment assessment =
        asStaff.call(
            () ->
                needsAssessments.recordAssessment(
                    client.getId(),
                    new Assessment.Needs(
                        25,
                        1,
                        "Омекс ТРЗ и ЛС",
                        scope.includedHoursPerMonth(),
                        Set.copyOf(scope.covered()),
                        "1 работен ден",
                        null,
                        "фактуриране по договор")));
    Assessment approved =
        asAdmin.call(
            () ->
                needsAssessments.approve(
                    assessment.getId(), assessment.getVersion(), true, "Имаме капацитет"));
    Contract draft =
        asStaff.call(
            () -> contracts.draft(approved.getId(), new ContractForm(start, end, false, scope)));
    return asStaff.call(() -> contracts.conclude(draft.getId(), draft.getVersion(), start));
  }

  private String unusedUic() {
    while (true) {
      String uic =
          String.format("%09d", ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
      if (Uic.Validator.isValidUic(uic) && clients.byUic(uic).isEmpty()) {
        return uic;
      }
    }
  }
}
