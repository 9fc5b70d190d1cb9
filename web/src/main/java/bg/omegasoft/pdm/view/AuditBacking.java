package bg.omegasoft.pdm.view;

import bg.omegasoft.pdm.boundary.SpaceAudit;
import bg.omegasoft.pdm.boundary.SpaceSummary;
import bg.omegasoft.pdm.boundary.Spaces;
import bg.omegasoft.pdm.entity.Side;
import bg.omegasoft.pdm.entity.SpaceEvent;
import bg.omegasoft.shared.control.SofiaTime;
import bg.omegasoft.shared.web.LanguageSelection;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * pdm/audit.xhtml?client=: who did what in a space, by date range; "the vendor only" shows who at
 * the vendor opened the client's data. Exported as CSV with the same filter.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SpaceAudit audit;
  @EJB private Spaces spaces;
  @Inject private LanguageSelection language;

  private Long clientId;
  private SpaceSummary space;
  private LocalDate from = LocalDate.now(SofiaTime.ZONE).minusDays(30);
  private LocalDate to = LocalDate.now(SofiaTime.ZONE);
  private Side side;
  private List<SpaceEvent> events;

  public void load() {
    ViewLanguage.apply(language);
    if (clientId != null) {
      space = spaces.open(clientId);
      search();
    }
  }

  public void search() {
    if (from.isAfter(to)) {
      LocalDate swap = from;
      from = to;
      to = swap;
    }
    events = audit.events(clientId, from, to, side, SpaceAudit.MAX_ENTRIES);
  }

  public StreamedContent csv() {
    search();
    byte[] csv = AuditCsv.of(events, language.getLocale());
    return DefaultStreamedContent.builder()
        .name("pdm-audit-" + clientId + "-" + from + "-" + to + ".csv")
        .contentType("text/csv; charset=UTF-8")
        .contentLength((long) csv.length)
        .stream(() -> new ByteArrayInputStream(csv))
        .build();
  }

  public Side[] getSides() {
    return Side.values();
  }

  public Long getClientId() {
    return clientId;
  }

  public void setClientId(Long clientId) {
    this.clientId = clientId;
  }

  public SpaceSummary getSpace() {
    return space;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from == null ? LocalDate.now(SofiaTime.ZONE).minusDays(30) : from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to == null ? LocalDate.now(SofiaTime.ZONE) : to;
  }

  public Side getSide() {
    return side;
  }

  public void setSide(Side side) {
    this.side = side;
  }

  public List<SpaceEvent> getEvents() {
    return events;
  }
}
