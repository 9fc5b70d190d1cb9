package bg.omegasoft.pdm.view;

import bg.omegasoft.pdm.boundary.ProcessingRecords;
import bg.omegasoft.pdm.entity.LegalBasis;
import bg.omegasoft.pdm.entity.ProcessingActivity;
import bg.omegasoft.shared.web.LanguageSelection;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * pdm/processing-register.xhtml: the register of processing activities (GDPR art. 30(1)): the list,
 * the edit of one activity in both languages, and the register as a PDF.
 */
@Named
@ViewScoped
public class ProcessingRegisterBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ProcessingRecords records;
  @Inject private LanguageSelection language;

  private List<ProcessingActivity> activities;
  private Long editedId;
  private int editedVersion;
  private ProcessingActivity.Role role;
  private LegalBasis legalBasis;
  private Map<String, String> bg = new HashMap<>();
  private Map<String, String> en = new HashMap<>();

  @PostConstruct
  void load() {
    activities = records.activities();
  }

  public void edit(long id) {
    ProcessingActivity activity = records.activity(id);
    editedId = id;
    editedVersion = activity.getVersion();
    role = activity.getRole();
    legalBasis = activity.getLegalBasis();
    bg = ActivityFields.of(activity.bulgarian());
    en = ActivityFields.of(activity.english());
  }

  public void save() {
    records.save(
        editedId,
        editedVersion,
        new ProcessingRecords.Edit(
            role, legalBasis, ActivityFields.texts(bg), ActivityFields.texts(en)));
    Messages.info("saved");
    editedId = null;
    load();
  }

  public void cancel() {
    editedId = null;
  }

  public StreamedContent pdf(String lang) {
    byte[] bytes = records.pdf(java.util.Locale.forLanguageTag(lang));
    return DefaultStreamedContent.builder()
        .name("processing-register-" + lang + ".pdf")
        .contentType("application/pdf")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  /** The activity's texts in the language of the page. */
  public ProcessingActivity.Texts texts(ProcessingActivity activity) {
    return activity.texts(language.getLocale());
  }

  public List<ProcessingActivity> getActivities() {
    return activities;
  }

  public Long getEditedId() {
    return editedId;
  }

  public ProcessingActivity.Role[] getRoles() {
    return ProcessingActivity.Role.values();
  }

  public LegalBasis[] getLegalBases() {
    return LegalBasis.values();
  }

  public ProcessingActivity.Role getRole() {
    return role;
  }

  public void setRole(ProcessingActivity.Role role) {
    this.role = role;
  }

  public LegalBasis getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(LegalBasis legalBasis) {
    this.legalBasis = legalBasis;
  }

  public Map<String, String> getBg() {
    return bg;
  }

  public Map<String, String> getEn() {
    return en;
  }
}
