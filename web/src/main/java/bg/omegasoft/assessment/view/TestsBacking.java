package bg.omegasoft.assessment.view;

import bg.omegasoft.assessment.boundary.Tests;
import bg.omegasoft.assessment.entity.TestDefinition;
import bg.omegasoft.assessment.entity.TestKind;
import bg.omegasoft.learning.boundary.Programmes;
import bg.omegasoft.learning.boundary.TrainingSessions;
import bg.omegasoft.learning.entity.ProgrammeKind;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.learning.entity.TrainingSession;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;

/** assessment/tests.xhtml: the entry and final tests; a new test of a version or a session. */
@Named
@ViewScoped
public class TestsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Tests tests;
  @EJB private Programmes programmes;
  @EJB private TrainingSessions sessions;

  private List<TestDefinition> all;
  private List<ProgrammeVersion> versions;
  private List<TrainingSession> runs;
  private TestKind kind = TestKind.FINAL;
  private Long versionId;
  private Long sessionId;
  private final SettingsForm settings = new SettingsForm();

  @PostConstruct
  void load() {
    all = tests.all();
    versions =
        Stream.of(ProgrammeKind.STANDARD, ProgrammeKind.INDIVIDUAL)
            .flatMap(k -> programmes.ofKind(k).stream())
            .flatMap(p -> p.current().stream())
            .toList();
    runs = sessions.upcoming();
  }

  public void create() {
    TestDefinition created = tests.create(kind, versionId, sessionId, settings.toSettings());
    Pages.redirect("/assessment/test.xhtml?id=" + created.getId());
  }

  public List<TestDefinition> getAll() {
    return all;
  }

  public List<ProgrammeVersion> getVersions() {
    return versions;
  }

  public List<TrainingSession> getRuns() {
    return runs;
  }

  public TestKind[] getKinds() {
    return TestKind.values();
  }

  public TestKind getKind() {
    return kind;
  }

  public void setKind(TestKind kind) {
    this.kind = kind;
  }

  public Long getVersionId() {
    return versionId;
  }

  public void setVersionId(Long versionId) {
    this.versionId = versionId;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public void setSessionId(Long sessionId) {
    this.sessionId = sessionId;
  }

  public SettingsForm getSettings() {
    return settings;
  }
}
