package bg.omegasoft.billing.boundary;

import java.time.LocalDate;

/**
 * An invoice (or debit note; never a credit note) has just become fully paid: a payment recorded or
 * matched to it brought what was paid, with what credit notes took off, up to its total. A CDI
 * event fired in the transaction of that payment, once per document, so that other capabilities can
 * react (e.g. reward whoever recommended the client).
 *
 * @param paidOn the day the payment that settled it was received
 */
public record InvoicePaid(long clientId, String invoiceNumber, LocalDate paidOn) {}
