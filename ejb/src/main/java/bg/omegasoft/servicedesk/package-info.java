/**
 * The service desk of the charter (S1–S12): requests by phone, e-mail and the written form, with
 * the client's consent; dispatch on the consultants' calendar; visits and remote sessions; phone
 * consultations; express service; two-sided protocols that make accepted work billable.
 */
package bg.omegasoft.servicedesk;
