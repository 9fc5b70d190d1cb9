/**
 * The vendor's client companies: identified by their UIC, with contacts and, later, licences and
 * contracts. Service desk, training, billing and PDM all refer to them.
 */
package bg.omegasoft.clients;
