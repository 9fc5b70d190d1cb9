/**
 * Starting Jakarta Batch jobs and reading their executions from the JDBC job repository. It lives
 * in the batch module beside the jobs: JBeret resolves a job's artifacts in the module that starts
 * it.
 */
package bg.omegasoft.operations.boundary;
