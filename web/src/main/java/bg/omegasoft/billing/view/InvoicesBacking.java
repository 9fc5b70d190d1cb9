package bg.omegasoft.billing.view;

import bg.omegasoft.billing.boundary.InvoiceSummary;
import bg.omegasoft.billing.boundary.Invoices;
import bg.omegasoft.billing.boundary.NightlyInvoicing.Proposal;
import bg.omegasoft.clients.boundary.Clients;
import bg.omegasoft.clients.entity.Client;
import bg.omegasoft.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** billing/invoices.xhtml: FINANCE's documents by client and dates, and "invoice now". */
@Named
@ViewScoped
public class InvoicesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Invoices invoices;
  @EJB private Clients clients;

  private Long clientId;
  private LocalDate from;
  private LocalDate to;
  private List<InvoiceSummary> list;
  private List<Client> allClients;
  private Long nowClientId;
  private Proposal proposal;

  @PostConstruct
  void load() {
    allClients = clients.all();
    search();
  }

  public void search() {
    list = invoices.list(clientId, from, to);
  }

  public void preview() {
    proposal = nowClientId == null ? null : invoices.preview(nowClientId);
    if (proposal != null && proposal.lines() == 0) {
      Messages.warn("billing.now.nothing");
    }
  }

  public void issue() {
    Optional<String> number = invoices.invoiceNow(nowClientId);
    proposal = null;
    if (number.isPresent()) {
      Messages.info("billing.now.issued", number.get());
    } else {
      Messages.warn("billing.now.nothing");
    }
    search();
  }

  public List<InvoiceSummary> getList() {
    return list;
  }

  public List<Client> getAllClients() {
    return allClients;
  }

  public Proposal getProposal() {
    return proposal;
  }

  public Long getClientId() {
    return clientId;
  }

  public void setClientId(Long clientId) {
    this.clientId = clientId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Long getNowClientId() {
    return nowClientId;
  }

  public void setNowClientId(Long nowClientId) {
    this.nowClientId = nowClientId;
  }
}
