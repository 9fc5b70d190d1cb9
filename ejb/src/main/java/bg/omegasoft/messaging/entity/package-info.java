/** The outbox: an outgoing e-mail, its attachments and its delivery state. */
package bg.omegasoft.messaging.entity;
