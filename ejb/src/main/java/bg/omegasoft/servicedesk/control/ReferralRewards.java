package bg.omegasoft.servicedesk.control;

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
 * "Recommend us": when a recommended company becomes a client (same UIC), the reward of the client
 * who recommended it is recorded on the referral, once, in the same transaction.
 */
@Stateless
@PermitAll
public class ReferralRewards {

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  public void onClientRegistered(@Observes ClientRegistered registered) {
    Client client = em.find(Client.class, registered.clientId());
    for (ServiceRequest referral :
        em.createNamedQuery(ServiceRequest.FIND_BY_REFERRED_UIC, ServiceRequest.class)
            .setParameter("type", RequestType.REFERRAL)
            .setParameter("uic", registered.uic())
            .getResultList()) {
      if (referral.getStatus().isOpen() && referral.recordReward(client, Instant.now(clock))) {
        audit.record(
            "SR_REFERRAL_REWARD",
            "ServiceRequest",
            referral.getNumber(),
            registered.name() + " (" + registered.uic() + ") became a client");
      }
    }
  }
}
