/**
 * What other capabilities call: queue a mail in their transaction; what the administrator sees: the
 * outgoing mail, its state, and a resend of a failed one.
 */
package bg.omegasoft.messaging.boundary;
