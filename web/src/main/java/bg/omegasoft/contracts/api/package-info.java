/** The contracts' REST API: service contracts with their terms and fee periods, read-only. */
package bg.omegasoft.contracts.api;
