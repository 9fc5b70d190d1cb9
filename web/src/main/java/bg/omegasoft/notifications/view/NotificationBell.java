package bg.omegasoft.notifications.view;

import bg.omegasoft.notifications.boundary.Notifications;
import bg.omegasoft.notifications.entity.Notification;
import bg.omegasoft.shared.boundary.NotFoundException;
import bg.omegasoft.shared.web.IdConverter;
import bg.omegasoft.shared.web.LanguageSelection;
import bg.omegasoft.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * The bell in the header of every page for signed-in users: the unread count (asked once per
 * request, and by the light poll), the latest notifications when the panel opens, a notification
 * opened (read, then its page), all marked read.
 */
@Named
@RequestScoped
public class NotificationBell {

  static final int LATEST = 10;

  @EJB private Notifications notifications;
  @Inject private LanguageSelection language;

  private Long unread;
  private List<NoticeItem> latest;

  public long getUnread() {
    if (unread == null) {
      unread = notifications.unreadCount();
    }
    return unread;
  }

  /** The count as the badge shows it: nothing when none, "99+" when many. */
  public String getBadge() {
    long count = getUnread();
    return count == 0 ? "" : count > 99 ? "99+" : String.valueOf(count);
  }

  /** The bell's accessible name, e.g. "Известия: 3 непрочетени". */
  public String getLabel() {
    return Texts.text(language.getLocale(), "notifications.bell.label", getUnread());
  }

  public List<NoticeItem> getLatest() {
    if (latest == null) {
      latest =
          notifications.latest(LATEST).stream()
              .map(n -> NoticeItem.of(n, language.getLocale()))
              .toList();
    }
    return latest;
  }

  /**
   * Marks the notification the link names (request parameter {@code notice}) read and goes to its
   * page, or to all notifications when it has none.
   */
  public void open() throws IOException {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    long id =
        IdConverter.parse(context.getRequestParameterMap().get("notice"))
            .orElseThrow(() -> new NotFoundException("Notification", "?"));
    Notification opened = notifications.open(id);
    String target =
        opened.getLink() == null ? "/notifications/notifications.xhtml" : opened.getLink();
    context.redirect(context.getRequestContextPath() + target);
  }

  public void markAllRead() {
    notifications.markAllRead();
    unread = 0L;
    latest = null;
  }
}
