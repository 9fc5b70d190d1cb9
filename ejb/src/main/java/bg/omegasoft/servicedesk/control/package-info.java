/**
 * How the service desk does its work: reading and parsing mails, what it tells clients by e-mail
 * (through the platform's outbox), calendar invitations, the protocol PDF, working hours, the
 * express watch, referral rewards and the rate limit of the public forms.
 */
package bg.omegasoft.servicedesk.control;
