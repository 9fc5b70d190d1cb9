package bg.omegasoft.assessment.view;

import bg.omegasoft.assessment.boundary.QuestionBanks;
import bg.omegasoft.assessment.entity.QuestionBank;
import bg.omegasoft.learning.entity.Level;
import bg.omegasoft.learning.entity.Topic;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** assessment/banks.xhtml: the question banks per topic and level; a new bank. */
@Named
@ViewScoped
public class BanksBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private QuestionBanks banks;

  private List<QuestionBank> all;
  private List<Topic> topics;
  private Long topicId;
  private Level level;

  @Size(max = 200)
  private String title;

  @PostConstruct
  void load() {
    all = banks.all();
    topics = banks.topics();
  }

  public void create() {
    QuestionBank bank = banks.create(topicId == null ? -1 : topicId, level, title);
    Pages.redirect("/assessment/bank.xhtml?id=" + bank.getId());
  }

  public List<QuestionBank> getAll() {
    return all;
  }

  public List<Topic> getTopics() {
    return topics;
  }

  public Level[] getLevels() {
    return Level.values();
  }

  public Long getTopicId() {
    return topicId;
  }

  public void setTopicId(Long topicId) {
    this.topicId = topicId;
  }

  public Level getLevel() {
    return level;
  }

  public void setLevel(Level level) {
    this.level = level;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}
