package bg.omegasoft.assessment.view;

import bg.omegasoft.assessment.boundary.QuestionBanks;
import bg.omegasoft.assessment.boundary.Tests;
import bg.omegasoft.assessment.entity.Difficulty;
import bg.omegasoft.assessment.entity.QuestionBank;
import bg.omegasoft.assessment.entity.TestDefinition;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** assessment/test.xhtml: a test's settings, its blueprint, publishing and withdrawing. */
@Named
@ViewScoped
public class TestBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Tests tests;
  @EJB private QuestionBanks banks;

  private Long id;
  private TestDefinition test;
  private List<QuestionBank> bankChoices;
  private final SettingsForm settings = new SettingsForm();
  private Long bankId;
  private Difficulty difficulty;
  private int questions = 5;

  public void load() {
    if (id == null) {
      throw new NotFoundException("Test", "?");
    }
    test = tests.find(id);
    settings.takeFrom(test.settings());
    long product = test.getProgrammeVersion().getProgramme().getProduct().getId();
    bankChoices =
        banks.all().stream().filter(b -> b.getTopic().getProduct().getId() == product).toList();
  }

  public void saveSettings() {
    test = tests.configure(id, settings.toSettings());
    Messages.info("saved");
  }

  public void addLine() {
    tests.addLine(id, bankId == null ? -1 : bankId, difficulty, questions);
    test = tests.find(id);
    Messages.info("test.lineAdded");
  }

  public void removeLine(long lineId) {
    tests.removeLine(id, lineId);
    test = tests.find(id);
  }

  public void publish() {
    test = tests.publish(id);
    Messages.info("test.publishedInfo");
  }

  public void withdraw() {
    test = tests.withdraw(id);
    Messages.info("test.withdrawnInfo");
  }

  public TestDefinition getTest() {
    return test;
  }

  public List<QuestionBank> getBankChoices() {
    return bankChoices;
  }

  public Difficulty[] getDifficulties() {
    return Difficulty.values();
  }

  public SettingsForm getSettings() {
    return settings;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getBankId() {
    return bankId;
  }

  public void setBankId(Long bankId) {
    this.bankId = bankId;
  }

  public Difficulty getDifficulty() {
    return difficulty;
  }

  public void setDifficulty(Difficulty difficulty) {
    this.difficulty = difficulty;
  }

  public int getQuestions() {
    return questions;
  }

  public void setQuestions(int questions) {
    this.questions = questions;
  }
}
