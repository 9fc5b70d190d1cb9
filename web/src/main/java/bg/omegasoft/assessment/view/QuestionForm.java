package bg.omegasoft.assessment.view;

import bg.omegasoft.assessment.entity.Difficulty;
import bg.omegasoft.assessment.entity.Question;
import bg.omegasoft.assessment.entity.QuestionContent;
import bg.omegasoft.assessment.entity.QuestionContent.Choice;
import bg.omegasoft.assessment.entity.QuestionType;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The fields of the question form; always ten option rows, blank ones are ignored. */
public class QuestionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One option row of the form. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;

    @Size(max = 1000)
    private String text;

    private boolean correct;

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public boolean isCorrect() {
      return correct;
    }

    public void setCorrect(boolean correct) {
      this.correct = correct;
    }
  }

  private QuestionType type = QuestionType.SINGLE_CHOICE;
  private Difficulty difficulty = Difficulty.MEDIUM;
  private String text;
  private Boolean trueAnswer;
  private BigDecimal numericAnswer;
  private BigDecimal numericTolerance;

  @Size(max = 2000)
  private String explanation;

  private Long imageId;
  private final List<Row> rows = new ArrayList<>();

  public QuestionForm() {
    while (rows.size() < QuestionContent.MAX_OPTIONS) {
      rows.add(new Row());
    }
  }

  void takeFrom(Question question) {
    QuestionContent content = question.content();
    type = content.type();
    difficulty = content.difficulty();
    text = content.text();
    trueAnswer = content.trueAnswer();
    numericAnswer = content.numericAnswer();
    numericTolerance = content.numericTolerance();
    explanation = content.explanation();
    imageId = question.getImageId();
    for (int i = 0; i < content.options().size() && i < rows.size(); i++) {
      rows.get(i).setText(content.options().get(i).text());
      rows.get(i).setCorrect(content.options().get(i).correct());
    }
  }

  QuestionContent toContent() {
    return new QuestionContent(
        type,
        difficulty,
        text,
        trueAnswer,
        numericAnswer,
        numericTolerance,
        explanation,
        rows.stream().map(r -> new Choice(r.getText(), r.isCorrect())).toList());
  }

  public boolean isWithOptions() {
    return type != null && (type.isChoice() || type == QuestionType.SHORT_ANSWER);
  }

  public QuestionType getType() {
    return type;
  }

  public void setType(QuestionType type) {
    this.type = type;
  }

  public Difficulty getDifficulty() {
    return difficulty;
  }

  public void setDifficulty(Difficulty difficulty) {
    this.difficulty = difficulty;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Boolean getTrueAnswer() {
    return trueAnswer;
  }

  public void setTrueAnswer(Boolean trueAnswer) {
    this.trueAnswer = trueAnswer;
  }

  public BigDecimal getNumericAnswer() {
    return numericAnswer;
  }

  public void setNumericAnswer(BigDecimal numericAnswer) {
    this.numericAnswer = numericAnswer;
  }

  public BigDecimal getNumericTolerance() {
    return numericTolerance;
  }

  public void setNumericTolerance(BigDecimal numericTolerance) {
    this.numericTolerance = numericTolerance;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation;
  }

  public Long getImageId() {
    return imageId;
  }

  public void setImageId(Long imageId) {
    this.imageId = imageId;
  }

  public List<Row> getRows() {
    return rows;
  }
}
