package bg.omegasoft.learning.boundary;

import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.learning.control.VersionComparison;
import bg.omegasoft.learning.entity.Level;
import bg.omegasoft.learning.entity.Product;
import bg.omegasoft.learning.entity.Programme;
import bg.omegasoft.learning.entity.ProgrammeKind;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.learning.entity.Publication;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.InvalidInputException;
import bg.omegasoft.shared.boundary.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The programmes TRAINERs author: standard programmes, their one draft at a time, the draft's
 * details, publishing with a reason, version history and comparison. Published versions are never
 * changed: every edit goes to the programme's draft. The draft's modules are edited through {@link
 * ProgrammeModules}, their lessons and attachments through {@link Lessons}.
 */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class Programmes {

  static final String SUBJECT = "Programme";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.FINANCE, Roles.ADMIN})
  public List<Programme> ofKind(ProgrammeKind kind) {
    return em.createNamedQuery(Programme.FIND_BY_KIND, Programme.class)
        .setParameter("kind", kind)
        .getResultList();
  }

  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.FINANCE, Roles.ADMIN})
  public Programme find(long id) {
    Programme programme = em.find(Programme.class, id);
    if (programme == null) {
      throw new NotFoundException("Programme", id);
    }
    return programme;
  }

  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.FINANCE, Roles.ADMIN})
  public ProgrammeVersion version(long versionId) {
    ProgrammeVersion version = em.find(ProgrammeVersion.class, versionId);
    if (version == null) {
      throw new NotFoundException("ProgrammeVersion", versionId);
    }
    return version;
  }

  public Programme createStandard(long productId, Level level, String title) {
    if (level == null) {
      throw new InvalidInputException("level", "programme.levelRequired");
    }
    requireTitle(title);
    Product product = em.find(Product.class, productId);
    if (product == null) {
      throw new InvalidInputException("product", "programme.productRequired");
    }
    Programme programme = Programme.standard(product, level, title.strip(), me(), now());
    em.persist(programme);
    em.flush();
    audit.record("PROGRAMME_CREATED", SUBJECT, programme.getId(), title);
    return programme;
  }

  /** The programme's draft, made now as a copy of the latest version if there is none. */
  public ProgrammeVersion startDraft(long programmeId) {
    Programme programme = find(programmeId);
    boolean existed = programme.draft().isPresent();
    ProgrammeVersion draft = programme.startDraft(me(), now());
    try {
      em.flush();
    } catch (PersistenceException e) {
      // another trainer opened the draft at the same moment (one draft per programme)
      throw new InvalidInputException("draft", "programme.draftConflict");
    }
    if (!existed) {
      audit.record("PROGRAMME_DRAFT_STARTED", SUBJECT, programmeId, "version " + draft.getNumber());
    }
    return draft;
  }

  public ProgrammeVersion describe(
      long versionId,
      String title,
      String description,
      String outcomes,
      BigDecimal price,
      int passMark) {
    ProgrammeVersion version = version(versionId);
    version.describe(title, description, outcomes, price, passMark);
    audit.record("PROGRAMME_DRAFT_EDITED", SUBJECT, version.getProgramme().getId(), "details");
    return version;
  }

  /** Publishes the draft as the version in force, with its reason and applies-from date. */
  public ProgrammeVersion publish(long programmeId, Publication publication) {
    Programme programme = find(programmeId);
    ProgrammeVersion published = programme.publishDraft(publication, me(), now());
    audit.record(
        "PROGRAMME_PUBLISHED",
        SUBJECT,
        programmeId,
        "version "
            + published.getNumber()
            + " "
            + published.getReason()
            + (published.getReasonReference() == null ? "" : " " + published.getReasonReference())
            + " from "
            + published.getAppliesFrom());
    return published;
  }

  /** What changed from one version of a programme to another. */
  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.FINANCE, Roles.ADMIN})
  public List<VersionComparison.Change> compare(long olderVersionId, long newerVersionId) {
    ProgrammeVersion older = version(olderVersionId);
    ProgrammeVersion newer = version(newerVersionId);
    if (!older.getProgramme().getId().equals(newer.getProgramme().getId())) {
      throw new InvalidInputException("newer", "programme.compareOtherProgramme");
    }
    return VersionComparison.between(older, newer);
  }

  private static void requireTitle(String title) {
    if (title == null || title.isBlank() || title.strip().length() > 200) {
      throw new InvalidInputException("title", "programme.titleRequired");
    }
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  private Instant now() {
    return Instant.now(clock);
  }
}
