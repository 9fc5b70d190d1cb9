package bg.omegasoft.learning.view;

import bg.omegasoft.learning.entity.ProgrammeModule;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** The fields of the draft page's forms: the version's details, a module, a new lesson. */
public class DraftForms implements Serializable {

  private static final long serialVersionUID = 1L;

  @Size(max = 200)
  private String title;

  private String description;
  private String outcomes;
  private BigDecimal price;
  private int passMark;
  private Long moduleId;

  @Size(max = 200)
  private String moduleTitle;

  @Size(max = 2000)
  private String moduleSummary;

  private BigDecimal moduleHours;
  private Long topicId;
  private Long lessonModuleId;

  @Size(max = 200)
  private String lessonTitle;

  private Long standardModuleId;

  void takeDetails(ProgrammeVersion version) {
    title = version.getTitle();
    description = version.getDescription();
    outcomes = version.getOutcomes();
    price = version.getPrice();
    passMark = version.getPassMark();
  }

  void takeModule(ProgrammeModule module) {
    moduleId = module.getId();
    moduleTitle = module.getTitle();
    moduleSummary = module.getSummary();
    moduleHours = module.getHours();
    topicId = module.getTopic() == null ? null : module.getTopic().getId();
  }

  void clearModule() {
    moduleId = null;
    moduleTitle = null;
    moduleSummary = null;
    moduleHours = null;
    topicId = null;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getOutcomes() {
    return outcomes;
  }

  public void setOutcomes(String outcomes) {
    this.outcomes = outcomes;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public int getPassMark() {
    return passMark;
  }

  public void setPassMark(int passMark) {
    this.passMark = passMark;
  }

  public Long getModuleId() {
    return moduleId;
  }

  public String getModuleTitle() {
    return moduleTitle;
  }

  public void setModuleTitle(String moduleTitle) {
    this.moduleTitle = moduleTitle;
  }

  public String getModuleSummary() {
    return moduleSummary;
  }

  public void setModuleSummary(String moduleSummary) {
    this.moduleSummary = moduleSummary;
  }

  public BigDecimal getModuleHours() {
    return moduleHours;
  }

  public void setModuleHours(BigDecimal moduleHours) {
    this.moduleHours = moduleHours;
  }

  public Long getTopicId() {
    return topicId;
  }

  public void setTopicId(Long topicId) {
    this.topicId = topicId;
  }

  public Long getLessonModuleId() {
    return lessonModuleId;
  }

  public void setLessonModuleId(Long lessonModuleId) {
    this.lessonModuleId = lessonModuleId;
  }

  public String getLessonTitle() {
    return lessonTitle;
  }

  public void setLessonTitle(String lessonTitle) {
    this.lessonTitle = lessonTitle;
  }

  public Long getStandardModuleId() {
    return standardModuleId;
  }

  public void setStandardModuleId(Long standardModuleId) {
    this.standardModuleId = standardModuleId;
  }
}
