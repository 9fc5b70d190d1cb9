package bg.omegasoft.learning.boundary;

import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.identity.entity.Roles;
import bg.omegasoft.learning.entity.BusinessProcess;
import bg.omegasoft.learning.entity.Level;
import bg.omegasoft.learning.entity.Product;
import bg.omegasoft.learning.entity.Programme;
import bg.omegasoft.learning.entity.ProgrammeKind;
import bg.omegasoft.learning.entity.ProgrammeModule;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.shared.boundary.AuditTrail;
import bg.omegasoft.shared.boundary.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Individual programmes, built by a TRAINER with a client: the needs analysis (the client's
 * business processes and notes), the staff's entry-test results per topic, and modules taken from
 * standard programmes or made for the client. They are versioned and published like standard ones
 * (through {@link Programmes}).
 */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class IndividualProgrammes {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;
  @EJB private Programmes programmes;
  @EJB private ProgrammeModules modules;
  @Inject private EntryTestResults entryTests;

  private final Clock clock = Clock.systemUTC();

  public Programme create(long clientId, long productId, Level level, String title) {
    Client client = em.find(Client.class, clientId);
    if (client == null) {
      throw new InvalidInputException("client", "individual.clientRequired");
    }
    Product product = em.find(Product.class, productId);
    if (product == null) {
      throw new InvalidInputException("product", "programme.productRequired");
    }
    if (level == null) {
      throw new InvalidInputException("level", "programme.levelRequired");
    }
    if (title == null || title.isBlank() || title.strip().length() > 200) {
      throw new InvalidInputException("title", "programme.titleRequired");
    }
    Programme programme =
        Programme.individual(
            product,
            level,
            client,
            title.strip(),
            session.getCallerPrincipal().getName(),
            Instant.now(clock));
    em.persist(programme);
    em.flush();
    audit.record("INDIVIDUAL_PROGRAMME_CREATED", Programmes.SUBJECT, programme.getId(), title);
    return programme;
  }

  /** Records the needs analysis: which of the client's processes the training must serve. */
  public Programme recordNeeds(long programmeId, Set<BusinessProcess> processes, String notes) {
    Programme programme = individual(programmeId);
    if (notes != null && notes.length() > 5000) {
      throw new InvalidInputException("notes", "individual.notesTooLong");
    }
    programme.recordNeeds(
        processes == null || processes.isEmpty()
            ? EnumSet.noneOf(BusinessProcess.class)
            : EnumSet.copyOf(processes),
        notes);
    audit.record(
        "NEEDS_ANALYSIS_RECORDED", Programmes.SUBJECT, programmeId, String.valueOf(processes));
    return programme;
  }

  /** Adds a copy of a module of a published standard programme to the draft. */
  public ProgrammeModule adoptStandardModule(long versionId, long moduleId) {
    ProgrammeVersion draft = programmes.version(versionId);
    ProgrammeModule source = modules.module(moduleId);
    if (source.getVersion().isDraft()
        || source.getVersion().getProgramme().getKind() != ProgrammeKind.STANDARD) {
      throw new InvalidInputException("module", "individual.moduleNotStandard");
    }
    ProgrammeModule copy = draft.adoptModule(source);
    em.flush();
    audit.record(
        "MODULE_ADOPTED", Programmes.SUBJECT, draft.getProgramme().getId(), source.getTitle());
    return copy;
  }

  /** The modules of the standard programmes in force, to choose from. */
  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public List<ProgrammeModule> standardModules() {
    return programmes.ofKind(ProgrammeKind.STANDARD).stream()
        .flatMap(p -> p.current().stream())
        .flatMap(v -> v.getModules().stream())
        .toList();
  }

  /** The client's entry-test results per topic (from the assessment capability). */
  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public List<EntryTestResults.TopicResult> entryTestResults(long clientId) {
    return entryTests.ofClient(clientId);
  }

  /** Each tested person's entry-test results per topic (the competence profile). */
  @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
  public List<EntryTestResults.PersonResult> entryTestProfiles(long clientId) {
    return entryTests.byPerson(clientId);
  }

  private Programme individual(long programmeId) {
    Programme programme = programmes.find(programmeId);
    if (programme.getKind() != ProgrammeKind.INDIVIDUAL) {
      throw new InvalidInputException("programme", "individual.notIndividual");
    }
    return programme;
  }
}
