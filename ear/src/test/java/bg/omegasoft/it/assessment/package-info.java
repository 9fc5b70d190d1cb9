/**
 * Integration and browser tests of tests and certificates: deadlines on the server's clock, the
 * server's own submission, saves from two tabs, single certificate issuance, the public check.
 */
package bg.omegasoft.it.assessment;
