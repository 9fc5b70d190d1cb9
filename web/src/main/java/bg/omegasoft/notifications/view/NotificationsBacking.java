package bg.omegasoft.notifications.view;

import bg.omegasoft.notifications.boundary.Notifications;
import bg.omegasoft.shared.web.LanguageSelection;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** notifications/notifications.xhtml: all of the person's notifications, a page at a time. */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Notifications notifications;
  @Inject private LanguageSelection language;

  private LazyDataModel<NoticeItem> model;

  @PostConstruct
  void init() {
    model = new Model();
  }

  public LazyDataModel<NoticeItem> getModel() {
    return model;
  }

  private final class Model extends LazyDataModel<NoticeItem> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return Math.toIntExact(notifications.count());
    }

    @Override
    public List<NoticeItem> load(
        int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
      return notifications.page(first, pageSize).stream()
          .map(n -> NoticeItem.of(n, language.getLocale()))
          .toList();
    }

    @Override
    public String getRowKey(NoticeItem item) {
      return String.valueOf(item.id());
    }

    @Override
    public NoticeItem getRowData(String rowKey) {
      return getWrappedData() == null
          ? null
          : getWrappedData().stream()
              .filter(i -> String.valueOf(i.id()).equals(rowKey))
              .findFirst()
              .orElse(null);
    }
  }
}
