/** Building blocks that the nightly jobs' artifacts in the capabilities' batch packages share. */
package bg.omegasoft.operations.batch;
