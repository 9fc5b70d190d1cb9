package bg.omegasoft.learning.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.learning.control.People;
import bg.omegasoft.learning.entity.Enrolment;
import bg.omegasoft.learning.entity.EnrolmentStatus;
import bg.omegasoft.learning.entity.TrainingSession;
import bg.omegasoft.shared.control.SofiaTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dashboards: a trainer sees the sessions they run (an administrator all sessions); a client
 * administrator sees their company's staff.
 */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class LearningDashboards {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;

  /** The caller's sessions as trainer (all sessions for an administrator). */
  public Dashboard forTrainer() {
    String me = session.getCallerPrincipal().getName();
    boolean all = session.isCallerInRole(Roles.ADMIN);
    List<Enrolment> enrolments =
        em
            .createQuery("select e from Enrolment e order by e.id", Enrolment.class)
            .getResultList()
            .stream()
            .filter(e -> all || e.getSession().getTrainer().getUsername().equals(me))
            .toList();
    List<TrainingSession> upcoming =
        em
            .createNamedQuery(TrainingSession.FIND_UPCOMING, TrainingSession.class)
            .setParameter("today", LocalDate.now(SofiaTime.ZONE))
            .getResultList()
            .stream()
            .filter(s -> all || s.getTrainer().getUsername().equals(me))
            .toList();
    return figures(upcoming, enrolments);
  }

  /** The enrolments of the client administrator's company. */
  @RolesAllowed(Roles.CLIENT_ADMIN)
  public Dashboard forMyCompany() {
    Long clientId = People.byUsername(em, session.getCallerPrincipal().getName()).getClientId();
    List<Enrolment> enrolments =
        em.createNamedQuery(Enrolment.FIND_BY_CLIENT, Enrolment.class)
            .setParameter("clientId", clientId)
            .getResultList();
    LocalDate today = LocalDate.now(SofiaTime.ZONE);
    List<TrainingSession> upcoming =
        enrolments.stream()
            .filter(e -> e.getStatus() != EnrolmentStatus.CANCELLED)
            .map(Enrolment::getSession)
            .filter(s -> !s.getLastDay().isBefore(today) && s.isPlanned())
            .distinct()
            .toList();
    return figures(upcoming, enrolments);
  }

  static Dashboard figures(List<TrainingSession> upcoming, List<Enrolment> enrolments) {
    Map<EnrolmentStatus, Integer> counts = new LinkedHashMap<>();
    Map<String, int[]> perProgramme = new LinkedHashMap<>();
    for (Enrolment e : enrolments) {
      counts.merge(e.getStatus(), 1, Integer::sum);
      if (e.isHoldingSeat()) {
        int[] figures =
            perProgramme.computeIfAbsent(e.getProgrammeVersion().getTitle(), t -> new int[2]);
        figures[0]++;
        if (e.getStatus() == EnrolmentStatus.COMPLETED) {
          figures[1]++;
        }
      }
    }
    List<Dashboard.ProgrammeFigures> programmes =
        perProgramme.entrySet().stream()
            .map(x -> new Dashboard.ProgrammeFigures(x.getKey(), x.getValue()[0], x.getValue()[1]))
            .toList();
    return new Dashboard(
        upcoming,
        counts.getOrDefault(EnrolmentStatus.CONFIRMED, 0),
        counts.getOrDefault(EnrolmentStatus.WAITLISTED, 0),
        counts.getOrDefault(EnrolmentStatus.COMPLETED, 0),
        counts.getOrDefault(EnrolmentStatus.CANCELLED, 0),
        programmes);
  }
}
