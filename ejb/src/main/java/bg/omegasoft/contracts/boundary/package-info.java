/** What pages, the API and other capabilities call in contracts. */
package bg.omegasoft.contracts.boundary;
