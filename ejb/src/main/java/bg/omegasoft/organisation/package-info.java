/**
 * The vendor's own details (used on invoices, certificates and e-mails) and its service policies,
 * such as the charter's "remote only" switch.
 */
package bg.omegasoft.organisation;
