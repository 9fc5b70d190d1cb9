/** Batch artifacts of the identity capability: the clean-up of long-ended API tokens. */
package bg.omegasoft.identity.batch;
