/**
 * The notification centre: what people should hear about (the {@code shared.boundary.Notice} events
 * of every capability), kept for each person of the audience, shown in the header's bell and on the
 * notifications page, and mailed to those who chose mail for the kind.
 */
package bg.omegasoft.notifications;
