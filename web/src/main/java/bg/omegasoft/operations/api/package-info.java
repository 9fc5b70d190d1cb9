/** The batch operators' REST API: starting invoice runs and watching, restarting, stopping runs. */
package bg.omegasoft.operations.api;
