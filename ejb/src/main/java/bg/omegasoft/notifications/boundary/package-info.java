/**
 * The signed-in person's notifications (unread count, latest, all, marking read), their mail
 * choices per kind, and the notifications as personal data of their recipient.
 */
package bg.omegasoft.notifications.boundary;
