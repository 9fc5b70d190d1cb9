package bg.omegasoft.organisation.view;

import bg.omegasoft.identity.entity.User;
import bg.omegasoft.organisation.boundary.Absences;
import bg.omegasoft.organisation.entity.Absence;
import bg.omegasoft.shared.control.SofiaTime;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** organisation/absences.xhtml: the consultants' absences ahead, recorded and removed by staff. */
@Named
@ViewScoped
public class AbsencesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Absences absences;

  private List<Absence> ahead;
  private List<User> consultants;
  private Long consultantId;
  private Absence.Kind kind = Absence.Kind.LEAVE;
  private LocalDate firstDay;
  private LocalDate lastDay;
  private String note;

  @PostConstruct
  void load() {
    consultants = absences.consultants();
    ahead = absences.from(LocalDate.now(SofiaTime.ZONE));
  }

  public void record() {
    absences.record(consultantId == null ? 0 : consultantId, kind, firstDay, lastDay, note);
    Messages.info("abs.saved");
    firstDay = null;
    lastDay = null;
    note = null;
    load();
  }

  public void remove(Absence absence) {
    absences.remove(absence.getId());
    Messages.info("abs.removed");
    load();
  }

  public Absence.Kind[] getKinds() {
    return Absence.Kind.values();
  }

  public List<Absence> getAhead() {
    return ahead;
  }

  public List<User> getConsultants() {
    return consultants;
  }

  public Long getConsultantId() {
    return consultantId;
  }

  public void setConsultantId(Long consultantId) {
    this.consultantId = consultantId;
  }

  public Absence.Kind getKind() {
    return kind;
  }

  public void setKind(Absence.Kind kind) {
    this.kind = kind;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public void setFirstDay(LocalDate firstDay) {
    this.firstDay = firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public void setLastDay(LocalDate lastDay) {
    this.lastDay = lastDay;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
