package bg.omegasoft.learning.view;

import bg.omegasoft.learning.boundary.Programmes;
import bg.omegasoft.learning.control.VersionComparison;
import bg.omegasoft.learning.entity.ProgrammeVersion;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** learning/compare.xhtml: what changed from one version of a programme to another. */
@Named
@RequestScoped
public class CompareBacking {

  @EJB private Programmes programmes;

  private Long older;
  private Long newer;
  private ProgrammeVersion olderVersion;
  private ProgrammeVersion newerVersion;
  private List<VersionComparison.Change> changes;

  public void load() {
    if (older == null || newer == null) {
      throw new NotFoundException("ProgrammeVersion", "?");
    }
    olderVersion = programmes.version(older);
    newerVersion = programmes.version(newer);
    changes = programmes.compare(older, newer);
  }

  /** The changed fields of the programme (title, price, ...) in the page's language. */
  public String fields(String detail) {
    if (detail == null) {
      return "";
    }
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return Arrays.stream(detail.split(", "))
        .map(field -> Texts.text(locale, "compare.field." + field))
        .collect(Collectors.joining(", "));
  }

  public ProgrammeVersion getOlderVersion() {
    return olderVersion;
  }

  public ProgrammeVersion getNewerVersion() {
    return newerVersion;
  }

  public List<VersionComparison.Change> getChanges() {
    return changes;
  }

  public Long getOlder() {
    return older;
  }

  public void setOlder(Long older) {
    this.older = older;
  }

  public Long getNewer() {
    return newer;
  }

  public void setNewer(Long newer) {
    this.newer = newer;
  }
}
