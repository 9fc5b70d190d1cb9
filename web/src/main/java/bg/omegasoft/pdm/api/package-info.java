/**
 * The PDM part of the REST API (personal API tokens): spaces, listing, raw-body upload with the
 * size limit enforced while streaming, verified download with its SHA-256, deletion, and the audit.
 */
package bg.omegasoft.pdm.api;
