/**
 * Reading the organisation's details (anyone) and changing them (ADMIN); the business calendar and
 * the consultants' absences.
 */
package bg.omegasoft.organisation.boundary;
