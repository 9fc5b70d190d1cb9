package bg.omegasoft.assessment.view;

import bg.omegasoft.assessment.boundary.AttemptView;
import bg.omegasoft.assessment.entity.Answer;
import bg.omegasoft.assessment.entity.QuestionType;
import bg.omegasoft.shared.boundary.InvalidInputException;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What the page's inputs hold for one question, and the revision of the answer they show. */
public class AnswerInput implements Serializable {

  private static final long serialVersionUID = 1L;

  private final QuestionType type;
  private String choice;
  private List<String> choices = new ArrayList<>();
  private String truth;

  /** The answer rule's length, not the column's: the column holds the whole encoded answer. */
  @Size(max = Answer.MAX_TEXT)
  private String text;

  private int revision;

  AnswerInput(AttemptView.Item item) {
    this.type = item.type();
    this.choice = item.chosen().isEmpty() ? null : item.chosen().get(0).toString();
    this.choices = new ArrayList<>(item.chosen().stream().map(String::valueOf).toList());
    this.truth = item.truth() == null ? null : item.truth().toString();
    this.text = item.text();
    this.revision = item.revision();
  }

  /** The answer to save; an id that is not a number was tampered with. */
  Answer toAnswer() {
    try {
      return switch (type) {
        case SINGLE_CHOICE ->
            Answer.ofOptions(choice == null ? List.of() : List.of(Long.valueOf(choice)));
        case MULTIPLE_CHOICE -> Answer.ofOptions(choices.stream().map(Long::valueOf).toList());
        case TRUE_FALSE -> Answer.ofTruth(truth == null ? null : Boolean.valueOf(truth));
        case NUMERIC, SHORT_ANSWER -> Answer.ofText(text);
      };
    } catch (NumberFormatException e) {
      throw new InvalidInputException("answer", "attempt.optionUnknown");
    }
  }

  void saved(int newRevision) {
    this.revision = newRevision;
  }

  public int getRevision() {
    return revision;
  }

  public String getChoice() {
    return choice;
  }

  public void setChoice(String choice) {
    this.choice = choice;
  }

  public List<String> getChoices() {
    return choices;
  }

  public void setChoices(List<String> choices) {
    this.choices = choices == null ? new ArrayList<>() : choices;
  }

  public String getTruth() {
    return truth;
  }

  public void setTruth(String truth) {
    this.truth = truth;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
