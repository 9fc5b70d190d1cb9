/**
 * Delivery of the outbox through the server's mail session: the claim of a mail, its MIME form and
 * the record of each attempt.
 */
package bg.omegasoft.messaging.control;
