/** Pages listing the client companies for the vendor's people. */
package bg.omegasoft.clients.view;
