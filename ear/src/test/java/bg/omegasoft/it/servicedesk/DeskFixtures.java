package bg.omegasoft.it.servicedesk;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.identity.boundary.Users;
import bg.omegasoft.identity.entity.Role;
import bg.omegasoft.it.support.AsAdmin;
import bg.omegasoft.it.support.AsStaff;
import bg.omegasoft.organisation.entity.WorkingCalendar;
import bg.omegasoft.servicedesk.boundary.Intake;
import bg.omegasoft.servicedesk.boundary.ServiceRequests;
import bg.omegasoft.servicedesk.boundary.StaffIntakeForm;
import bg.omegasoft.servicedesk.entity.Channel;
import bg.omegasoft.servicedesk.entity.DeliveryMode;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Test data of the service desk, made through the boundaries with real roles. */
@Stateless
@PermitAll
public class DeskFixtures {

  static final String DEMETRA = "201234563";
  static final String NO_CONTRACT = "205983421";

  @EJB AsAdmin asAdmin;
  @EJB AsStaff asStaff;
  @EJB Users users;
  @EJB Intake intake;
  @EJB Clients clients;
  @EJB ServiceRequests requests;

  /** A consultant of its own, so no other test's booking is in the way. */
  public long newConsultant() {
    String name = "it-c-" + UUID.randomUUID().toString().substring(0, 8);
    return asAdmin.call(
        () ->
            users
                .create(
                    name,
                    "Консултант " + name,
                    name + "@omegasoft.bg",
                    null,
                    EnumSet.of(Role.STAFF),
                    "Consultant-Pass-42")
                .getId());
  }

  /**
   * A triaged request of Деметра Агро, recorded as a phone call; an express one of Тракия Текстил,
   * since express service is only for clients without a contract and Деметра Агро has one.
   */
  public ServiceRequest triagedRequest(RequestType type) {
    return asStaff.call(
        () -> {
          String uic = type == RequestType.EXPRESS ? NO_CONTRACT : DEMETRA;
          long client = clients.byUic(uic).orElseThrow().getId();
          ServiceRequest request =
              intake.record(
                  new StaffIntakeForm(
                      Channel.PHONE,
                      type,
                      client,
                      "Мария Георгиева",
                      "maria.georgieva@demetra-agro.bg",
                      null,
                      "Тест " + UUID.randomUUID(),
                      "Описание",
                      DeliveryMode.REMOTE,
                      true));
          return requests.triage(request.getId(), request.getVersion(), client, type);
        });
  }

  /** A weekday 3 to 8 weeks ahead, at the given hour, Sofia time. */
  public static Instant futureWeekday(int hour) {
    LocalDate day =
        LocalDate.now(SofiaTime.ZONE)
            .plusWeeks(3)
            .plusDays(ThreadLocalRandom.current().nextInt(35));
    // a working day of the Bulgarian calendar: no weekend, holiday or moved rest day
    while (!new WorkingCalendar(List.of()).isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day.atTime(LocalTime.of(hour, 0)).atZone(SofiaTime.ZONE).toInstant();
  }
}
