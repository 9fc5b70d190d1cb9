/**
 * Messaging: every e-mail the platform sends, queued with the business change it tells about and
 * delivered after that change committed, retried while the mail server is away, never twice.
 */
package bg.omegasoft.messaging;
