/** Batch artifacts of learning: the nightly reminders of tomorrow's training sessions. */
package bg.omegasoft.learning.batch;
