package bg.omegasoft.servicedesk.boundary;

import bg.omegasoft.identity.boundary.FullNames;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.servicedesk.entity.ReplyTemplate;
import bg.omegasoft.servicedesk.entity.RequestRuleException;
import bg.omegasoft.servicedesk.entity.RequestType;
import bg.omegasoft.servicedesk.entity.ServiceRequest;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The reply templates of the service desk: staff list and rewrite them, and start a reply from one,
 * its placeholders filled from the request ({consultant} is the staff member who replies).
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class ReplyTemplates {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private FullNames fullNames;
  @EJB private AuditTrail audit;

  public List<ReplyTemplate> all() {
    return em.createNamedQuery(ReplyTemplate.FIND_ALL, ReplyTemplate.class).getResultList();
  }

  public List<ReplyTemplate> of(RequestType type) {
    return em.createNamedQuery(ReplyTemplate.FIND_BY_TYPE, ReplyTemplate.class)
        .setParameter("type", type)
        .getResultList();
  }

  public ReplyTemplate find(long id) {
    ReplyTemplate template = em.find(ReplyTemplate.class, id);
    if (template == null) {
      throw new NotFoundException("ReplyTemplate", id);
    }
    return template;
  }

  /** Rewrites a template as its editor saw it: refused when someone else changed it since. */
  public ReplyTemplate rewrite(long id, int version, String title, String body) {
    ReplyTemplate template = find(id);
    if (template.getVersion() != version) {
      throw new RequestRuleException("sd.template.changedMeanwhile");
    }
    template.rewrite(title, body);
    em.flush();
    audit.record(
        "SR_TEMPLATE_CHANGED",
        "ReplyTemplate",
        id,
        template.getRequestType() + " " + template.getCode() + " " + template.getLanguage());
    return template;
  }

  /** The template's text for a reply on the request, its placeholders filled. */
  public String fill(long templateId, long requestId) {
    ServiceRequest request = Store.find(em, requestId);
    String client =
        request.getClient() != null ? request.getClient().getName() : request.getCompanyName();
    return find(templateId)
        .fill(
            new ReplyTemplate.Values(
                request.getNumber(),
                client,
                request.getRequesterName(),
                fullNames.of(session.getCallerPrincipal().getName())));
  }
}
