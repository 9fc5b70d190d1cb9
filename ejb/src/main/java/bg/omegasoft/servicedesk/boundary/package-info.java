/**
 * The service desk for its people: intake on every channel, the staff's work on requests, dispatch
 * on the consultants' calendar, phone consultations, the client portal and the mailbox reader.
 */
package bg.omegasoft.servicedesk.boundary;
