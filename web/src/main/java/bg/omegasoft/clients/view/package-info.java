/** Pages of the client register: the list, and one client with its contacts and licences. */
package bg.omegasoft.clients.view;
