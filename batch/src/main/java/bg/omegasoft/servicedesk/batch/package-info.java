/** Batch artifacts of the service desk: the nightly sweep of express clocks past their 24 hours. */
package bg.omegasoft.servicedesk.batch;
