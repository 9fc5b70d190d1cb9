/**
 * Delivery of the outbox through the server's mail session, the MIME form of a mail and the texts
 * of every e-mail in the recipient's language.
 */
package bg.omegasoft.messaging.control;
