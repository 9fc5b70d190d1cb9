package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.knowledge.boundary.Articles;
import bg.omegasoft.knowledge.entity.Article;
import bg.omegasoft.servicedesk.entity.CallArticle;
import bg.omegasoft.servicedesk.entity.PhoneCall;
import bg.omegasoft.shared.boundary.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Points a caller the right way: during a phone consultation the consultant mails articles of the
 * knowledge base (with their links to the product's documentation, help and forum) to the caller,
 * and the call keeps which articles went to which address.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class CallArticles {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private PhoneConsultations calls;
  @EJB private Articles articles;
  @EJB private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  /** Mails the articles to {@code to} and records them on the call; answers what the call sent. */
  public List<CallArticle> send(long callId, List<Long> articleIds, String to) {
    PhoneCall call = calls.find(callId);
    List<Article> mailed = articles.mail(articleIds, to);
    Instant now = Instant.now(clock);
    String consultant = session.getCallerPrincipal().getName();
    for (Article article : mailed) {
      em.persist(new CallArticle(call, article, to.strip(), consultant, now));
    }
    audit.record("PHONE_CALL_ARTICLES_SENT", "PhoneCall", callId, mailed.size() + " → " + to);
    return sentFrom(callId);
  }

  public List<CallArticle> sentFrom(long callId) {
    return em.createNamedQuery(CallArticle.FIND_BY_CALL, CallArticle.class)
        .setParameter("call", callId)
        .getResultList();
  }
}
