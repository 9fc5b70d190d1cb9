/**
 * How the service desk does its work: reading and parsing mails, the outbox that sends the
 * platform's e-mails, calendar invitations, the protocol PDF, working hours, the express watch,
 * referral rewards and the rate limit of the public forms.
 */
package bg.omegasoft.servicedesk.control;
