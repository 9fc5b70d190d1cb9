/** Helpers of the shared services: schema migrations at deployment, time zone of the business. */
package bg.omegasoft.shared.control;
