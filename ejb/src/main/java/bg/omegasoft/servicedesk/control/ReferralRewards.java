package bg.omegasoft.servicedesk.control;

import bg.omegasoft.billing.boundary.InvoicePaid;
import bg.omegasoft.clients.boundary.ClientRegistered;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * "Recommend us": when a recommended company becomes a client (same UIC), the referral is linked to
 * that client; when the client's first invoice is fully paid (billing's {@link InvoicePaid}: an
 * invoice or debit note, never a credit note, settled by a payment), the referrer's reward is
 * recorded on the referral, once, and the referrer is told. Both in the transaction of the event.
 */
@Stateless
@PermitAll
public class ReferralRewards {

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;
  @EJB private Referrals referrals;

  private final Clock clock = Clock.systemUTC();

  public void onClientRegistered(@Observes ClientRegistered registered) {
    Client client = em.find(Client.class, registered.clientId());
    for (ServiceRequest referral :
        em.createNamedQuery(ServiceRequest.FIND_BY_REFERRED_UIC, ServiceRequest.class)
            .setParameter("type", RequestType.REFERRAL)
            .setParameter("uic", registered.uic())
            .getResultList()) {
      if (referral.linkProspect(client, Instant.now(clock))) {
        audit.record(
            "SR_REFERRAL_CLIENT",
            "ServiceRequest",
            referral.getNumber(),
            registered.name() + " (" + registered.uic() + ") became a client");
      }
    }
  }

  public void onInvoicePaid(@Observes InvoicePaid paid) {
    for (ServiceRequest referral :
        em.createNamedQuery(ServiceRequest.FIND_BY_PROSPECT_CLIENT, ServiceRequest.class)
            .setParameter("type", RequestType.REFERRAL)
            .setParameter("client", paid.clientId())
            .getResultList()) {
      if (referral.earnReward(Instant.now(clock))) {
        audit.record(
            "SR_REFERRAL_REWARD",
            "ServiceRequest",
            referral.getNumber(),
            "invoice " + paid.invoiceNumber() + " paid on " + paid.paidOn());
        referrals.rewarded(referral);
      }
    }
  }
}
