/**
 * What every capability shares: business exceptions, time in Europe/Sofia, the audit trail and the
 * database (schema migrations).
 */
package bg.omegasoft.shared;
