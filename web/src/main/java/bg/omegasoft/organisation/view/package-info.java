/** The page on which an ADMIN keeps the organisation's details and policies. */
package bg.omegasoft.organisation.view;
