package bg.omegasoft.billing.view;

import bg.omegasoft.billing.boundary.InvoiceSummary;
import bg.omegasoft.billing.boundary.Invoices;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** billing/portal/invoices.xhtml: a client administrator's company's invoices and notes. */
@Named
@ViewScoped
public class PortalInvoicesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Invoices invoices;

  private List<InvoiceSummary> list;

  @PostConstruct
  void load() {
    list = invoices.list(null, null, null);
  }

  public List<InvoiceSummary> getList() {
    return list;
  }
}
