/** What pages, the API, the nightly jobs and other capabilities call in billing. */
package bg.omegasoft.billing.boundary;
