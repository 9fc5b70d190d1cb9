/**
 * Integration and browser tests of tests and certificates: deadlines on the server's clock, the
 * server's own submission, saves from two tabs and at the same moment, who reaches pictures and
 * results, single certificate issuance, the public check.
 */
package bg.omegasoft.it.assessment;
