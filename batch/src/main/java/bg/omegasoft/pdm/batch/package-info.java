/**
 * Batch artifacts of PDM: the retention job that expires files whose retention period ended
 * (destroying their keys) and sweeps stored content no record needs. It runs with the nightly jobs
 * (operations.boundary.NightlySchedule).
 */
package bg.omegasoft.pdm.batch;
