package bg.omegasoft.assessment.view;

import bg.omegasoft.assessment.boundary.QuestionBanks;
import bg.omegasoft.assessment.entity.Difficulty;
import bg.omegasoft.assessment.entity.Question;
import bg.omegasoft.assessment.entity.QuestionBank;
import bg.omegasoft.assessment.entity.QuestionType;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * assessment/question.xhtml: a new question of a bank (?bank=) or an existing one (?id=). Saving a
 * question that attempts have drawn makes its next version; the page says so beforehand.
 */
@Named
@ViewScoped
public class QuestionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private QuestionBanks banks;

  private Long id;
  private Long bankId;
  private QuestionBank bank;
  private Question question;
  private boolean used;
  private List<Question> history = List.of();
  private final QuestionForm form = new QuestionForm();

  public void load() {
    if (id != null) {
      question = banks.question(id);
      bank = question.getBank();
      used = banks.isUsed(id);
      history = banks.history(id);
      form.takeFrom(question);
    } else if (bankId != null) {
      bank = banks.find(bankId);
    } else {
      throw new NotFoundException("Question", "?");
    }
  }

  public void save() {
    Question saved =
        question == null
            ? banks.add(bank.getId(), form.toContent(), form.getImageId())
            : banks.edit(question.getId(), form.toContent(), form.getImageId());
    Messages.info(
        question != null && !saved.getId().equals(question.getId())
            ? "question.savedAsVersion"
            : "saved",
        saved.getNumber());
    Pages.redirect("/assessment/bank.xhtml?id=" + bank.getId());
  }

  public void upload(FileUploadEvent event) {
    form.setImageId(
        banks.storeImage(event.getFile().getContentType(), event.getFile().getContent()));
    Messages.info("question.imageStored");
  }

  public void removeImage() {
    form.setImageId(null);
  }

  public QuestionType[] getTypes() {
    return QuestionType.values();
  }

  public Difficulty[] getDifficulties() {
    return Difficulty.values();
  }

  public QuestionForm getForm() {
    return form;
  }

  public QuestionBank getBank() {
    return bank;
  }

  public Question getQuestion() {
    return question;
  }

  public boolean isUsed() {
    return used;
  }

  public List<Question> getHistory() {
    return history;
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
}
