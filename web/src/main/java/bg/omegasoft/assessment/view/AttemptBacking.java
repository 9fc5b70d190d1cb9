package bg.omegasoft.assessment.view;

import bg.omegasoft.assessment.boundary.AttemptView;
import bg.omegasoft.assessment.boundary.Attempts;
import bg.omegasoft.assessment.boundary.SavedAnswer;
import bg.omegasoft.assessment.entity.AnswerConflictException;
import bg.omegasoft.assessment.entity.AttemptStatus;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * assessment/attempt.xhtml: taking a test. Every answer is saved by Ajax as it is given, with the
 * revision the page showed; a change made meanwhile in another tab is not overwritten: the save is
 * refused, and the page says so and shows the stored answers instead. The view holds no scoring
 * keys (see {@link AttemptView}).
 */
@Named
@ViewScoped
public class AttemptBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Attempts attempts;

  private Long id;
  private AttemptView view;
  private final Map<Long, AnswerInput> inputs = new HashMap<>();

  public void load() {
    if (id == null) {
      throw new NotFoundException("Attempt", "?");
    }
    refresh();
    if (view.status() == AttemptStatus.SUBMITTED) {
      Pages.redirect("/assessment/result.xhtml?id=" + id);
    }
  }

  /** Takes the answers as stored now (a reload, a return to this tab). */
  public void refresh() {
    view = attempts.view(id);
    inputs.clear();
    view.items().forEach(item -> inputs.put(item.id(), new AnswerInput(item)));
  }

  public void save(long itemId) {
    AnswerInput input = inputs.get(itemId);
    if (input == null) {
      throw new NotFoundException("AttemptItem", itemId);
    }
    try {
      SavedAnswer saved = attempts.answer(id, itemId, input.toAnswer(), input.getRevision());
      input.saved(saved.revision());
    } catch (AnswerConflictException e) {
      // nothing was written: the page shows the answers as stored now and says why
      refresh();
      Pages.render("answers");
      Messages.warn("attempt.answerConflict");
    }
  }

  public void submit() {
    attempts.submit(id);
    Pages.redirect("/assessment/result.xhtml?id=" + id);
  }

  public AttemptView getView() {
    return view;
  }

  public Map<Long, AnswerInput> getInputs() {
    return inputs;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
