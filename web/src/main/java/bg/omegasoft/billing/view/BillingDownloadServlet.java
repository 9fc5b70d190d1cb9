package bg.omegasoft.billing.view;

import bg.omegasoft.billing.boundary.Invoices;
import bg.omegasoft.shared.boundary.BusinessException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A document's PDF (?number=&amp;format=pdf, &amp;lang=en for the English copy) or UBL XML
 * (&amp;format=xml) for FINANCE and the client's own administrators (web.xml); anything not theirs
 * answers 404.
 */
@WebServlet("/billing/download")
public class BillingDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private Invoices invoices;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String number = request.getParameter("number");
    boolean xml = "xml".equals(request.getParameter("format"));
    boolean english = "en".equals(request.getParameter("lang"));
    if (number == null || !number.matches("[0-9]{10}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] content;
    try {
      content = xml ? invoices.xml(number) : invoices.pdf(number, english);
    } catch (EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (RuntimeException e) {
      if (e instanceof BusinessException || e.getCause() instanceof BusinessException) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      throw e;
    }
    String name = number + (english ? "-en" : "") + (xml ? ".xml" : ".pdf");
    response.setContentType(xml ? "application/xml;charset=UTF-8" : "application/pdf");
    response.setContentLength(content.length);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    response.setHeader("Cache-Control", "private, no-store");
    response.getOutputStream().write(content);
  }
}
