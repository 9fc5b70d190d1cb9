/**
 * The client register for the vendor's people (details, contacts, licences and their owners), and
 * the identification of requesters by UIC and known e-mail address for public forms and e-mail.
 */
package bg.omegasoft.clients.boundary;
