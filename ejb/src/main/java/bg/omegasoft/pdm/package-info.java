/**
 * PDM, the personal-data exchange space: per client company the only channel through which personal
 * data passes between the vendor and the client, encrypted at rest, audited, and deleted when its
 * retention ends (DOMAIN P1-P3).
 */
package bg.omegasoft.pdm;
