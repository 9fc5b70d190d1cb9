/**
 * Integration tests of billing: gapless numbering under concurrency and rollback, one line per
 * billable item guaranteed by the database, immutable issued documents, credit notes, the price
 * list, payments, the client administrator's view, the invoices API and the browser journey.
 */
package bg.omegasoft.it.billing;
