/** The invoices API: lists, details, PDF and UBL XML, for FINANCE and a client's administrators. */
package bg.omegasoft.billing.api;
