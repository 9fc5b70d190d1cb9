package bg.omegasoft.billing.boundary;

import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.messaging.boundary.Letter;
import bg.omegasoft.messaging.boundary.Outbox;
import bg.omegasoft.shared.control.Formatter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Reminds clients by e-mail of their overdue invoices, at most once a week per invoice, for the
 * nightly job. The reminder is recorded in the caller's transaction and the e-mail leaves only
 * after it commits. It reads the invoices' payment state as finance does.
 */
@Stateless
@RolesAllowed({Roles.BATCH_OPERATOR, Roles.ADMIN})
@RunAs(Roles.FINANCE)
public class OverdueReminders {

  /** Days between two reminders of one invoice. */
  public static final int EVERY_DAYS = 7;

  @PersistenceContext private EntityManager em;
  @EJB private Invoices invoices;
  @EJB private Clients clients;
  @EJB private Outbox outbox;

  /**
   * The numbers of the overdue documents not reminded of in the week up to the day, oldest first.
   */
  public List<String> dueOn(LocalDate day) {
    @SuppressWarnings("unchecked")
    List<String> recent =
        em.createNativeQuery("select invoice_number from overdue_reminder where reminded_on > ?")
            .setParameter(1, Date.valueOf(day.minusDays(EVERY_DAYS)))
            .getResultList();
    return invoices.overdue().stream()
        .map(InvoiceSummary::number)
        .filter(number -> !recent.contains(number))
        .toList();
  }

  /** Records and queues the reminders of the day not yet sent; answers how many were queued. */
  public int remind(List<String> numbers, LocalDate day) {
    int queued = 0;
    for (String number : numbers) {
      int recorded =
          em.createNativeQuery(
                  "insert ignore into overdue_reminder (invoice_number, reminded_on, reminded_at)"
                      + " values (?, ?, ?)")
              .setParameter(1, number)
              .setParameter(2, Date.valueOf(day))
              .setParameter(3, Timestamp.from(Instant.now()))
              .executeUpdate();
      if (recorded == 1) {
        InvoiceSummary invoice = invoices.summary(number);
        Client client = clients.forInvoicing(invoice.clientId());
        if (client.getEmail() != null && !client.getEmail().isBlank()) {
          outbox.queue(
              Letter.to(client.getEmail())
                  .template(
                      "billing.overdue",
                      locale ->
                          new Object[] {
                            number,
                            invoice.customerName(),
                            Formatter.date(invoice.dueDate(), locale),
                            Formatter.money(invoice.getOpen(), locale)
                          })
                  .once("billing-overdue:" + number + ":" + day)
                  .about("invoice:" + number));
          queued++;
        }
      }
    }
    return queued;
  }
}
