package bg.omegasoft.learning.view;

import bg.omegasoft.learning.boundary.IndividualProgrammes;
import bg.omegasoft.learning.boundary.Lessons;
import bg.omegasoft.learning.boundary.ProgrammeModules;
import bg.omegasoft.learning.boundary.Programmes;
import bg.omegasoft.learning.entity.ProgrammeKind;
import bg.omegasoft.learning.entity.ProgrammeModule;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.learning.entity.Topic;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * learning/draft.xhtml: editing a draft version: its details, its modules (own, or taken from a
 * standard programme for an individual one) and their lessons. A published version opens read-only.
 */
@Named
@ViewScoped
public class DraftBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Programmes programmes;
  @EJB private ProgrammeModules modules;
  @EJB private Lessons lessons;
  @EJB private IndividualProgrammes individuals;

  private Long id;
  private ProgrammeVersion version;
  private final DraftForms forms = new DraftForms();
  private List<ProgrammeModule> standardModules = List.of();

  public void load() {
    if (id == null) {
      throw new NotFoundException("ProgrammeVersion", "?");
    }
    version = programmes.version(id);
    forms.takeDetails(version);
    if (version.getProgramme().getKind() == ProgrammeKind.INDIVIDUAL && version.isDraft()) {
      standardModules = individuals.standardModules();
    }
  }

  public void saveDetails() {
    programmes.describe(
        id,
        forms.getTitle(),
        forms.getDescription(),
        forms.getOutcomes(),
        forms.getPrice(),
        forms.getPassMark());
    load();
    Messages.info("saved");
  }

  public void saveModule() {
    if (forms.getModuleId() == null) {
      modules.addModule(
          id,
          forms.getModuleTitle(),
          forms.getModuleSummary(),
          forms.getModuleHours(),
          forms.getTopicId());
    } else {
      modules.editModule(
          forms.getModuleId(),
          forms.getModuleTitle(),
          forms.getModuleSummary(),
          forms.getModuleHours(),
          forms.getTopicId());
    }
    forms.clearModule();
    load();
    Messages.info("saved");
  }

  public void editModule(ProgrammeModule module) {
    forms.takeModule(module);
  }

  public void removeModule(long moduleId) {
    modules.removeModule(moduleId);
    load();
  }

  public void moveModuleUp(long moduleId) {
    modules.moveModuleUp(moduleId);
    load();
  }

  public void addLesson() {
    lessons.addLesson(
        forms.getLessonModuleId() == null ? -1 : forms.getLessonModuleId(), forms.getLessonTitle());
    forms.setLessonTitle(null);
    load();
    Messages.info("saved");
  }

  public void removeLesson(long lessonId) {
    lessons.removeLesson(lessonId);
    load();
  }

  public void moveLessonUp(long lessonId) {
    lessons.moveLessonUp(lessonId);
    load();
  }

  public void adoptModule() {
    individuals.adoptStandardModule(
        id, forms.getStandardModuleId() == null ? -1 : forms.getStandardModuleId());
    forms.setStandardModuleId(null);
    load();
    Messages.info("saved");
  }

  public List<Topic> getTopics() {
    return version.getProgramme().getProduct().getTopics();
  }

  public List<ProgrammeModule> getStandardModules() {
    return standardModules;
  }

  public ProgrammeVersion getVersion() {
    return version;
  }

  public DraftForms getForms() {
    return forms;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
