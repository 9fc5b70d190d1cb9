/**
 * Billing's records: the versioned price list and VAT rates, the billable items other capabilities
 * produce, invoices and credit/debit notes frozen at issue, and bank payments.
 */
package bg.omegasoft.billing.entity;
