package bg.omegasoft.it.contracts;

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

/** Test data of contracts, made through the boundaries with the demo users' real roles. */
@Stateless
@PermitAll
public class ContractFixtures {

  @EJB AsStaff asStaff;
  @EJB AsAdmin asAdmin;
  @EJB Clients clients;
  @EJB Contracts contracts;
  @EJB NeedsAssessments needsAssessments;

  /** A client company of its own, so no other test's contract is in the way. */
  public Client newClient() {
    return asStaff.call(
        () -> {
          String uic = unusedUic();
          Client client = Client.blank();
          client.setName("Договорна " + uic + " ООД");
          client.setUic(uic);
          client.setCity("Пловдив");
          return clients.save(client);
        });
  }

  public Assessment assessment(long clientId) {
    return asStaff.call(
        () ->
            needsAssessments.recordAssessment(
                clientId,
                new Assessment.Needs(
                    40,
                    2,
                    "Омекс ТРЗ и ЛС",
                    new BigDecimal("4"),
                    Set.of(ServiceType.VISIT, ServiceType.REMOTE),
                    "1 работен ден",
                    null,
                    "тест")));
  }

  public Assessment approved(long clientId) {
    Assessment assessment = assessment(clientId);
    return asAdmin.call(
        () ->
            needsAssessments.approve(
                assessment.getId(), assessment.getVersion(), true, "Имаме екип"));
  }

  public static Scope scope(FeePeriod period, String fee, String hours) {
    return new Scope(
        EnumSet.of(ServiceType.VISIT, ServiceType.REMOTE),
        new BigDecimal(hours),
        "1 работен ден",
        List.of(),
        period,
        new BigDecimal(fee),
        new BigDecimal("10"),
        Map.of(ServiceType.VISIT, new BigDecimal("55.00")));
  }

  public Contract draft(Assessment assessment, LocalDate start, LocalDate end, Scope scope) {
    return asStaff.call(
        () -> contracts.draft(assessment.getId(), new ContractForm(start, end, false, scope)));
  }

  /** A concluded contract of a new client: assessed, approved, drafted and signed. */
  public Contract concluded(LocalDate start, LocalDate end, Scope scope) {
    Client client = newClient();
    return concluded(client.getId(), start, end, scope);
  }

  public Contract concluded(long clientId, LocalDate start, LocalDate end, Scope scope) {
    Contract draft = draft(approved(clientId), start, end, scope);
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
