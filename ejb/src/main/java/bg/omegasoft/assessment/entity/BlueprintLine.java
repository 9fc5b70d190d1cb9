package bg.omegasoft.assessment.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of a test's blueprint: how many questions of a bank, of a difficulty or of any. */
@Entity
@Table(name = "blueprint_line")
public class BlueprintLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "test_id")
  private TestDefinition test;

  private int position;

  @ManyToOne(optional = false)
  @JoinColumn(name = "bank_id")
  private QuestionBank bank;

  @Enumerated(EnumType.STRING)
  private Difficulty difficulty;

  private int questions;

  protected BlueprintLine() {}

  BlueprintLine(
      TestDefinition test, int position, QuestionBank bank, Difficulty difficulty, int questions) {
    this.test = test;
    this.position = position;
    this.bank = bank;
    this.difficulty = difficulty;
    this.questions = questions;
  }

  void position(int newPosition) {
    this.position = newPosition;
  }

  public Long getId() {
    return id;
  }

  public TestDefinition getTest() {
    return test;
  }

  public int getPosition() {
    return position;
  }

  public QuestionBank getBank() {
    return bank;
  }

  /** The difficulty to draw, or null for any. */
  public Difficulty getDifficulty() {
    return difficulty;
  }

  public int getQuestions() {
    return questions;
  }
}
