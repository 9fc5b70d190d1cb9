/**
 * Billing pages: FINANCE's invoices, "invoice now", notes, the price list, payments and the
 * dashboard; the client portal's invoices.
 */
package bg.omegasoft.billing.view;
