/**
 * The service desk's records and their rules: requests with consent and lifecycle, bookings on the
 * consultants' calendar, work logs, protocols, phone consultations, mails read and mails owed.
 */
package bg.omegasoft.servicedesk.entity;
