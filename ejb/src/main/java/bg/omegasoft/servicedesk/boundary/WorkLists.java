package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.identity.entity.User;
import bg.omegasoft.servicedesk.control.Consultants;
import bg.omegasoft.servicedesk.entity.ExpressClock;
import bg.omegasoft.servicedesk.entity.MailIntakeRecord;
import bg.omegasoft.servicedesk.entity.RequestStatus;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The staff's lists: the work list of requests with its filters, the running express clocks, the
 * mails read from the mailbox and the consultants to choose from.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class WorkLists {

  static final int LIST_LIMIT = 500;

  @PersistenceContext private EntityManager em;
  @EJB private Consultants consultants;

  private final Clock clock = Clock.systemUTC();

  public List<ServiceRequest> search(RequestFilter filter) {
    StringBuilder jpql =
        new StringBuilder("select r from ServiceRequest r left join r.client c where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (filter.statuses() == null || filter.statuses().isEmpty()) {
      jpql.append(" and r.status not in :closed");
      parameters.put(
          "closed",
          List.of(
              RequestStatus.PROTOCOL_ACCEPTED,
              RequestStatus.CANCELLED,
              RequestStatus.AWAITING_CONFIRMATION));
    } else {
      jpql.append(" and r.status in :statuses");
      parameters.put("statuses", List.copyOf(filter.statuses()));
    }
    if (filter.type() != null) {
      jpql.append(" and r.type = :type");
      parameters.put("type", filter.type());
    }
    if (filter.channel() != null) {
      jpql.append(" and r.channel = :channel");
      parameters.put("channel", filter.channel());
    }
    if (filter.clientId() != null) {
      jpql.append(" and r.client.id = :client");
      parameters.put("client", filter.clientId());
    }
    if (filter.consultantId() != null) {
      jpql.append(" and r.appointment.consultant.id = :consultant");
      parameters.put("consultant", filter.consultantId());
    }
    if (filter.triageQueue()) {
      jpql.append(" and r.client is null and r.type <> :offer");
      parameters.put("offer", RequestType.OFFER);
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      jpql.append(
          " and (upper(r.number) like :text or upper(r.subject) like :text"
              + " or upper(r.requester.name) like :text or upper(r.requester.email) like :text"
              + " or upper(r.requester.companyName) like :text"
              + " or upper(r.requester.claimedUic) like :text"
              + " or upper(c.name) like :text)");
      parameters.put("text", "%" + filter.text().strip().toUpperCase(Locale.ROOT) + "%");
    }
    jpql.append(" order by r.receivedAt desc");
    TypedQuery<ServiceRequest> typed = em.createQuery(jpql.toString(), ServiceRequest.class);
    parameters.forEach(typed::setParameter);
    return typed.setMaxResults(LIST_LIMIT).getResultList();
  }

  /** Running express clocks, earliest deadline first. */
  public List<ServiceRequest> runningExpress() {
    return em.createNamedQuery(ServiceRequest.FIND_RUNNING_EXPRESS, ServiceRequest.class)
        .setParameter("type", RequestType.EXPRESS)
        .setParameter(
            "open",
            List.copyOf(
                EnumSet.of(RequestStatus.NEW, RequestStatus.TRIAGED, RequestStatus.SCHEDULED)))
        .getResultList();
  }

  public ExpressClock.State expressState(ServiceRequest request) {
    ExpressClock express = request.expressClock();
    return express == null ? null : express.stateAt(Instant.now(clock));
  }

  /** The latest mails read from the mailbox, with what became of each (and why, if set aside). */
  public List<MailIntakeRecord> recentIntake(int max) {
    return em.createNamedQuery(MailIntakeRecord.FIND_RECENT, MailIntakeRecord.class)
        .setMaxResults(max)
        .getResultList();
  }

  public List<User> consultants() {
    return consultants.all();
  }
}
