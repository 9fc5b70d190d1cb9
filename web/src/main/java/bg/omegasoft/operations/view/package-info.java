/** The batch operator's pages: starting jobs and following their executions. */
package bg.omegasoft.operations.view;
