package bg.omegasoft.billing.control;

import bg.omegasoft.billing.entity.Invoice;
import bg.omegasoft.billing.entity.InvoiceKind;
import bg.omegasoft.billing.entity.InvoiceLine;
import bg.omegasoft.billing.entity.InvoiceVat;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds issued documents for tests without a database: the entities are read-only and have no
 * setters, so their fields are filled the way the persistence provider fills them.
 */
final class TestInvoices {

  private TestInvoices() {}

  static Invoice invoice(String number, InvoiceKind kind, Object[]... lines) {
    Invoice invoice = create(Invoice.class);
    set(invoice, "id", Long.valueOf(number));
    set(invoice, "issuer", Invoice.ISSUER);
    set(invoice, "number", number);
    set(invoice, "kind", kind);
    set(invoice, "status", "ISSUED");
    set(invoice, "clientId", 1L);
    set(invoice, "issueDate", LocalDate.of(2026, 11, 30));
    set(invoice, "taxDate", LocalDate.of(2026, 11, 28));
    set(invoice, "dueDate", LocalDate.of(2026, 12, 14));
    set(invoice, "supplierName", "ОмегаСофт ООД");
    set(invoice, "supplierAddress", "бул. Александър Малинов 51");
    set(invoice, "supplierCity", "София");
    set(invoice, "supplierPostcode", "1712");
    set(invoice, "supplierUic", "131578107");
    set(invoice, "supplierVat", "BG131578107");
    set(invoice, "customerName", "Деметра Агро ЕООД");
    set(invoice, "customerAddress", "ул. Житница 5");
    set(invoice, "customerCity", "Пловдив");
    set(invoice, "customerUic", "201234563");
    set(invoice, "customerVat", "BG201234563");
    set(invoice, "iban", "BG11UNCR70001520412307");
    set(invoice, "bic", "UNCRBGSF");
    set(invoice, "bankName", "УниКредит Булбанк АД");
    set(invoice, "paymentReference", CreditorReference.of(number));
    set(invoice, "currency", "EUR");
    List<InvoiceLine> lineList = new ArrayList<>();
    BigDecimal base = new BigDecimal("0.00");
    int n = 1;
    for (Object[] spec : lines) {
      InvoiceLine line = create(InvoiceLine.class);
      BigDecimal quantity = new BigDecimal((String) spec[1]);
      BigDecimal price = new BigDecimal((String) spec[2]);
      BigDecimal taxBase = quantity.multiply(price).setScale(2, java.math.RoundingMode.HALF_UP);
      set(line, "id", (long) n);
      set(line, "invoice", invoice);
      set(line, "lineNo", n++);
      set(line, "serviceType", "VISIT");
      set(line, "description", (String) spec[0]);
      set(line, "doneOn", LocalDate.of(2026, 11, 28));
      set(line, "quantity", quantity);
      set(line, "unitCode", "HUR");
      set(line, "unitBg", "ч.");
      set(line, "unitPrice", price);
      set(line, "taxBase", taxBase);
      set(line, "vatRate", new BigDecimal("20.00"));
      set(line, "coveredHours", new BigDecimal("0.00"));
      lineList.add(line);
      base = base.add(taxBase);
    }
    BigDecimal vat =
        base.multiply(new BigDecimal("0.20")).setScale(2, java.math.RoundingMode.HALF_UP);
    InvoiceVat group = create(InvoiceVat.class);
    set(group, "invoice", invoice);
    set(group, "rate", new BigDecimal("20.00"));
    set(group, "taxBase", base);
    set(group, "vat", vat);
    set(invoice, "lines", lineList);
    set(invoice, "vatBreakdown", List.of(group));
    set(invoice, "taxBase", base);
    set(invoice, "vat", vat);
    set(invoice, "total", base.add(vat));
    if (kind != InvoiceKind.INVOICE) {
      set(invoice, "referencedId", 1L);
      set(invoice, "reason", "Намаление на отработеното време");
    }
    return invoice;
  }

  private static <T> T create(Class<T> type) {
    try {
      Constructor<T> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static void set(Object target, String field, Object value) {
    try {
      Field f = target.getClass().getDeclaredField(field);
      f.setAccessible(true);
      f.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
