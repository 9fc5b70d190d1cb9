/**
 * The service desk's pages: the public request and offer forms, the staff's work lists, request,
 * dispatch calendar, phone consultations, express clocks and mailbox, and the client portal.
 */
package bg.omegasoft.servicedesk.view;
