package bg.omegasoft.servicedesk.view;

import bg.omegasoft.servicedesk.boundary.MailboxReader;
import bg.omegasoft.servicedesk.boundary.WorkLists;
import bg.omegasoft.servicedesk.entity.MailIntakeRecord;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * servicedesk/mailbox.xhtml: the service desk's mailbox: whether the reader reaches it, and what
 * became of each mail read (new request, triage, reply, or set aside with the reason).
 */
@Named
@ViewScoped
public class MailboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MailboxReader reader;
  @EJB private WorkLists workLists;

  private List<MailIntakeRecord> recent;
  private MailboxReader.MailboxStatus status;

  @PostConstruct
  void load() {
    recent = workLists.recentIntake(200);
    status = reader.status();
  }

  public void readNow() {
    int handled = reader.read();
    load();
    if (handled < 0) {
      Messages.warn("sd.mailbox.unreachable");
    } else {
      Messages.info("sd.mailbox.read", handled);
    }
  }

  public List<MailIntakeRecord> getRecent() {
    return recent;
  }

  public MailboxReader.MailboxStatus getStatus() {
    return status;
  }
}
