/**
 * Receiving notices: the audience resolved to active accounts, one notification per person (the
 * same notice twice is kept once), one mail to those who chose mail; and the daily removal of read
 * notifications that are old.
 */
package bg.omegasoft.notifications.control;
