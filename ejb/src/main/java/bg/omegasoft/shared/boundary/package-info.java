/**
 * The shared services other capabilities call: audit trail, the origin of a request, business
 * errors.
 */
package bg.omegasoft.shared.boundary;
