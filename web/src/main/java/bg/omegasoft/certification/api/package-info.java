/** The public certificate check of the API (docs/api-contract.md), rate-limited per address. */
package bg.omegasoft.certification.api;
