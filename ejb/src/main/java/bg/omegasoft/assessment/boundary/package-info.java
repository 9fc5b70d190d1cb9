/**
 * What pages, the API and other capabilities call in assessment: banks and questions, test
 * definitions, attempts, results and statistics, and the entry-test profiles of individual
 * programmes.
 */
package bg.omegasoft.assessment.boundary;
