/** The shared services other capabilities call: audit trail, database health, business errors. */
package bg.omegasoft.shared.boundary;
