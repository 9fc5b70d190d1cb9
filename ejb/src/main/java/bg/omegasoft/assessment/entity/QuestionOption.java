package bg.omegasoft.assessment.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An option of a choice question, or an accepted answer of a short-answer question. Whether it is
 * correct is a scoring key: it never leaves the server before the attempt is submitted.
 */
@Entity
@Table(name = "question_option")
public class QuestionOption {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "question_id")
  private Question question;

  private int position;

  private String text;

  private boolean correct;

  protected QuestionOption() {}

  QuestionOption(Question question, int position, String text, boolean correct) {
    this.question = question;
    this.position = position;
    this.text = text;
    this.correct = correct;
  }

  public Long getId() {
    return id;
  }

  public Question getQuestion() {
    return question;
  }

  public int getPosition() {
    return position;
  }

  public String getText() {
    return text;
  }

  public boolean isCorrect() {
    return correct;
  }
}
