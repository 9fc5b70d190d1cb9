/**
 * Batch artifacts of PDM: the nightly retention job that expires files whose retention ended
 * (destroying their keys) and sweeps stored content no record needs, and its 03:00 timer.
 */
package bg.omegasoft.pdm.batch;
