/**
 * Helpers of the shared services: schema migrations at deployment, time zone of the business, the
 * one formatter of numbers and dates, and the one document kit every PDF is laid out on.
 */
package bg.omegasoft.shared.control;
