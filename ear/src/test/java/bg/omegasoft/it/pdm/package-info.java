/**
 * Integration tests of PDM inside the server: the access matrix across clients, encryption at rest
 * and tampering, limits and faults of uploads, the retention job, the REST API, notifications and
 * data subject rights.
 */
package bg.omegasoft.it.pdm;
