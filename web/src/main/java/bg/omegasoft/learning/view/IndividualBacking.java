package bg.omegasoft.learning.view;

import bg.omegasoft.learning.boundary.EntryTestResults.PersonResult;
import bg.omegasoft.learning.boundary.EntryTestResults.TopicResult;
import bg.omegasoft.learning.boundary.IndividualProgrammes;
import bg.omegasoft.learning.entity.BusinessProcess;
import bg.omegasoft.learning.entity.Programme;
import bg.omegasoft.shared.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The needs analysis on learning/programme.xhtml for an individual programme: the checklist of the
 * client's business processes with notes, and the staff's entry-test results per topic.
 */
@Named
@ViewScoped
public class IndividualBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private IndividualProgrammes individuals;

  private Long id;
  private List<String> processes = new ArrayList<>();

  /** The needs-analysis rule of IndividualProgrammes (the column is a TEXT). */
  @Size(max = 5000)
  private String notes;

  private List<TopicResult> entryTests = List.of();
  private List<PersonResult> profiles = List.of();

  /** Takes the programme the page shows; nothing to do for a standard one. */
  public void loadFor(Programme programme) {
    if (programme == null || programme.getClient() == null) {
      return;
    }
    id = programme.getId();
    processes =
        new ArrayList<>(programme.getProcesses().stream().map(Enum::name).sorted().toList());
    notes = programme.getNeedsNotes();
    entryTests = individuals.entryTestResults(programme.getClient().getId());
    profiles = individuals.entryTestProfiles(programme.getClient().getId());
  }

  public void save() {
    EnumSet<BusinessProcess> chosen = EnumSet.noneOf(BusinessProcess.class);
    processes.forEach(p -> chosen.add(BusinessProcess.valueOf(p)));
    individuals.recordNeeds(id, chosen, notes);
    Messages.info("saved");
  }

  public BusinessProcess[] getAllProcesses() {
    return BusinessProcess.values();
  }

  public List<TopicResult> getEntryTests() {
    return entryTests;
  }

  /** Each tested person's results per topic (the columns are the topics of getEntryTests). */
  public List<PersonResult> getProfiles() {
    return profiles;
  }

  public Long getId() {
    return id;
  }

  public List<String> getProcesses() {
    return processes;
  }

  public void setProcesses(List<String> processes) {
    this.processes = processes;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
