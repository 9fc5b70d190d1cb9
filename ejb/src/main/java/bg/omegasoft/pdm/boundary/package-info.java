/**
 * What other code may call of PDM: spaces and folders, files (upload, download, delete, references
 * for the service desk), who may enter, the audit, the retention job's work, and the data subject
 * rights. Every method scopes its answer by the caller's rights and answers "unknown" for anything
 * the caller may not see.
 */
package bg.omegasoft.pdm.boundary;
