package bg.omegasoft.learning.view;

import bg.omegasoft.learning.boundary.Enrolments;
import bg.omegasoft.learning.boundary.MyLearning;
import bg.omegasoft.learning.entity.Enrolment;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.shared.web.Formats;
import bg.omegasoft.shared.web.Messages;
import bg.omegasoft.shared.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * learning/my.xhtml: the learner's programmes and sessions with progress, and a notice where a
 * newer version of the programme has been published since they enrolled, and why.
 */
@Named
@ViewScoped
public class MyLearningBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MyLearning myLearning;
  @EJB private Enrolments enrolments;
  @Inject private Formats formats;

  private List<Enrolment> mine;
  private final Map<Long, ProgrammeVersion> newer = new HashMap<>();

  @PostConstruct
  void load() {
    mine = myLearning.myEnrolments();
    newer.clear();
    for (Enrolment enrolment : mine) {
      myLearning.newerVersion(enrolment.getId()).ifPresent(v -> newer.put(enrolment.getId(), v));
    }
  }

  public void cancel(long enrolmentId) {
    enrolments.cancel(enrolmentId);
    load();
    Messages.info("enrolment.cancelled");
  }

  /** The newer version for the enrolment, or null. */
  public ProgrammeVersion newerFor(Enrolment enrolment) {
    return newer.get(enrolment.getId());
  }

  /** Which version is newer and why, with the applies-from date, in the page's language. */
  public String newerNotice(Enrolment enrolment) {
    ProgrammeVersion version = newerFor(enrolment);
    if (version == null) {
      return null;
    }
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    String detail =
        version.getReasonReference() != null
            ? " — " + version.getReasonReference()
            : version.getProductVersion() == null ? "" : " — " + version.getProductVersion();
    return Texts.text(
        locale,
        "my.newerVersionDetail",
        version.getNumber(),
        formats.date(version.getAppliesFrom()),
        Texts.text(locale, version.getReason().messageKey()),
        detail);
  }

  public List<Enrolment> getMine() {
    return mine;
  }
}
