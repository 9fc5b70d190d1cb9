/**
 * Billing's rules and helpers: the one pricing engine, gapless numbering, the RF payment reference,
 * the writer of issued documents and their PDF and UBL renderings.
 */
package bg.omegasoft.billing.control;
