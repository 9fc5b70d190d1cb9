/**
 * Batch artifacts of billing: the nightly invoice run, whose reader, processor and writer hand each
 * client to billing's {@code NightlyInvoicing} boundary, so the rules of invoicing live in billing.
 */
package bg.omegasoft.billing.batch;
