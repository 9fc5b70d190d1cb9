package bg.omegasoft.learning.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.learning.entity.ProgrammeModule;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.learning.entity.Topic;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;

/**
 * The modules of a programme's draft: adding, describing (hours, topic), removing and ordering
 * them.
 */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class ProgrammeModules {

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;
  @EJB private Programmes programmes;

  public ProgrammeModule addModule(
      long versionId, String title, String summary, BigDecimal hours, Long topicId) {
    ProgrammeVersion version = programmes.version(versionId);
    ProgrammeModule module = version.addModule(title, summary, hours, topic(topicId));
    em.flush();
    audit.record("MODULE_ADDED", Programmes.SUBJECT, version.getProgramme().getId(), title);
    return module;
  }

  public ProgrammeModule editModule(
      long moduleId, String title, String summary, BigDecimal hours, Long topicId) {
    ProgrammeModule module = module(moduleId);
    module.describe(title, summary, hours, topic(topicId));
    audit.record("MODULE_EDITED", Programmes.SUBJECT, programmeOf(module), title);
    return module;
  }

  public void removeModule(long moduleId) {
    ProgrammeModule module = module(moduleId);
    module.getVersion().removeModule(moduleId);
    audit.record("MODULE_REMOVED", Programmes.SUBJECT, programmeOf(module), module.getTitle());
  }

  public void moveModuleUp(long moduleId) {
    ProgrammeModule module = module(moduleId);
    module.getVersion().moveModuleUp(moduleId);
    audit.record("MODULE_MOVED_UP", Programmes.SUBJECT, programmeOf(module), module.getTitle());
  }

  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public ProgrammeModule module(long moduleId) {
    ProgrammeModule module = em.find(ProgrammeModule.class, moduleId);
    if (module == null) {
      throw new NotFoundException("ProgrammeModule", moduleId);
    }
    return module;
  }

  private Topic topic(Long topicId) {
    if (topicId == null) {
      return null;
    }
    Topic topic = em.find(Topic.class, topicId);
    if (topic == null) {
      throw new InvalidInputException("topic", "module.topicUnknown");
    }
    return topic;
  }

  static Long programmeOf(ProgrammeModule module) {
    return module.getVersion().getProgramme().getId();
  }
}
