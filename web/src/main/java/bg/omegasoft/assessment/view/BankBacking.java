package bg.omegasoft.assessment.view;

import bg.omegasoft.assessment.boundary.QuestionBanks;
import bg.omegasoft.assessment.control.QuestionHtml;
import bg.omegasoft.assessment.entity.Question;
import bg.omegasoft.assessment.entity.QuestionBank;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** assessment/bank.xhtml: a bank's questions, retiring one, Moodle XML import and export. */
@Named
@ViewScoped
public class BankBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private QuestionBanks banks;

  private Long id;
  private QuestionBank bank;
  private List<Question> questions;
  private transient UploadedFile file;

  public void load() {
    if (id == null) {
      throw new NotFoundException("QuestionBank", "?");
    }
    bank = banks.find(id);
    questions = banks.questions(id);
  }

  public void retire(long questionId) {
    banks.retire(questionId);
    load();
    Messages.info("question.retired");
  }

  public void importFile() {
    if (file == null || file.getSize() == 0) {
      Messages.error("bank.importEmpty");
      return;
    }
    int added = banks.importMoodle(id, file.getContent());
    load();
    Messages.info("bank.imported", added);
  }

  /** The question's text without markup, shortened for the list. */
  public String summary(Question question) {
    String plain = QuestionHtml.plain(question.getText());
    return plain.length() > 140 ? plain.substring(0, 140) + "…" : plain;
  }

  public QuestionBank getBank() {
    return bank;
  }

  public List<Question> getQuestions() {
    return questions;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
