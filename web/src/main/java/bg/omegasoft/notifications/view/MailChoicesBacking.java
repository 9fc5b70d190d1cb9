package bg.omegasoft.notifications.view;

import bg.omegasoft.notifications.boundary.Notifications;
import bg.omegasoft.shared.boundary.Notice;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** notifications/settings.xhtml: which kinds of notices also come to the person by e-mail. */
@Named
@ViewScoped
public class MailChoicesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Notifications notifications;

  private List<Choice> choices;

  /** One kind and whether it comes by mail (bound to a checkbox). */
  public static final class Choice implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Notice.Kind kind;
    private boolean byMail;

    Choice(Notice.Kind kind, boolean byMail) {
      this.kind = kind;
      this.byMail = byMail;
    }

    public Notice.Kind getKind() {
      return kind;
    }

    public boolean isByMail() {
      return byMail;
    }

    public void setByMail(boolean byMail) {
      this.byMail = byMail;
    }
  }

  @PostConstruct
  void load() {
    choices = new ArrayList<>();
    notifications.mailChoices().forEach((kind, byMail) -> choices.add(new Choice(kind, byMail)));
  }

  public void save() {
    Map<Notice.Kind, Boolean> byKind =
        choices.stream().collect(Collectors.toMap(Choice::getKind, Choice::isByMail));
    notifications.chooseMail(byKind);
    Messages.info("notifications.choices.saved");
  }

  public List<Choice> getChoices() {
    return choices;
  }
}
