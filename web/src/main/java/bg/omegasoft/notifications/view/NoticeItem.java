package bg.omegasoft.notifications.view;

import bg.omegasoft.notifications.entity.Notification;
import bg.omegasoft.shared.control.Formatter;
import java.io.Serializable;
import java.util.Locale;

/** A notification as its reader sees it: the text in their language, when, whether read. */
public record NoticeItem(long id, String text, String when, boolean read, boolean hasLink)
    implements Serializable {

  static NoticeItem of(Notification n, Locale locale) {
    return new NoticeItem(
        n.getId(),
        n.text(locale),
        Formatter.dateTime(n.getCreatedAt(), locale),
        n.isRead(),
        n.getLink() != null);
  }
}
