/** Running the platform's batch jobs: starting them and following their executions. */
package bg.omegasoft.operations;
