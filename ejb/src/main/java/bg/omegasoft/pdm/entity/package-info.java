/**
 * Spaces, folders and files of PDM with who may enter them (grants by the client, assignments of
 * the vendor's staff), the per-space audit and the outbox of arrival notices.
 */
package bg.omegasoft.pdm.entity;
