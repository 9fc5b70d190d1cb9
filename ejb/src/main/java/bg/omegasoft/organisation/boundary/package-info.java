/** Reading the organisation's details (anyone) and changing them (ADMIN). */
package bg.omegasoft.organisation.boundary;
