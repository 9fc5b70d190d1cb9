/**
 * The administrator's pages of the outbox: the outgoing mail, and one mail as its reader sees it.
 */
package bg.omegasoft.messaging.view;
