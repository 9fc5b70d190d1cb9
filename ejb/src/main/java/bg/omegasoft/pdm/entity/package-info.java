/**
 * Spaces, folders and files of PDM with who may enter them (grants by the client, assignments of
 * the vendor's staff) and the per-space audit. Arrival notices go through the platform's outbox.
 */
package bg.omegasoft.pdm.entity;
