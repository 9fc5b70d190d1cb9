package bg.omegasoft.messaging.view;

import bg.omegasoft.messaging.boundary.OutgoingMails;
import bg.omegasoft.messaging.entity.MailState;
import bg.omegasoft.messaging.entity.OutgoingMail;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The outgoing mail a page at a time, newest first, of the state the page filters by. */
public class OutgoingMailModel extends LazyDataModel<OutgoingMail> {

  private static final long serialVersionUID = 1L;

  private final transient OutgoingMails mails;
  private final Supplier<MailState> state;

  public OutgoingMailModel(OutgoingMails mails, Supplier<MailState> state) {
    this.mails = mails;
    this.state = state;
  }

  @Override
  public int count(Map<String, FilterMeta> filters) {
    return Math.toIntExact(mails.count(state.get()));
  }

  @Override
  public List<OutgoingMail> load(
      int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
    return mails.page(state.get(), first, pageSize);
  }

  @Override
  public String getRowKey(OutgoingMail mail) {
    return String.valueOf(mail.getId());
  }

  @Override
  public OutgoingMail getRowData(String rowKey) {
    return getWrappedData() == null
        ? null
        : getWrappedData().stream()
            .filter(m -> String.valueOf(m.getId()).equals(rowKey))
            .findFirst()
            .orElse(null);
  }
}
