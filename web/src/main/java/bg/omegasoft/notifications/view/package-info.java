/**
 * The header's bell (unread count, the latest notifications), the page of all notifications and the
 * page of the person's choices of mail per kind.
 */
package bg.omegasoft.notifications.view;
