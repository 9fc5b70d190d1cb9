/** Finding client companies, for the vendor's staff. */
package bg.omegasoft.clients.boundary;
