/** A notification of one person and the person's choice of mail per kind of notice. */
package bg.omegasoft.notifications.entity;
