package bg.omegasoft.billing.view;

import bg.omegasoft.billing.boundary.Invoices;
import bg.omegasoft.shared.web.FileDownloadServlet;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A document's PDF (?number=&amp;format=pdf, &amp;lang=en for the English copy) or UBL XML
 * (&amp;format=xml) for FINANCE and the client's own administrators (web.xml); anything not theirs
 * answers 404.
 */
@WebServlet("/billing/download")
public class BillingDownloadServlet extends FileDownloadServlet {

  private static final long serialVersionUID = 1L;

  @EJB private Invoices invoices;

  @Override
  protected Download find(HttpServletRequest request) {
    String number = request.getParameter("number");
    if (number == null || !number.matches("[0-9]{10}")) {
      return null;
    }
    boolean xml = "xml".equals(request.getParameter("format"));
    boolean english = "en".equals(request.getParameter("lang"));
    return xml
        ? new Download(number + ".xml", "application/xml;charset=UTF-8", invoices.xml(number))
        : new Download(
            number + (english ? "-en" : "") + ".pdf",
            "application/pdf",
            invoices.pdf(number, english));
  }
}
