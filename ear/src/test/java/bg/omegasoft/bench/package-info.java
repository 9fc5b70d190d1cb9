/**
 * The speed benchmark of attempts (README): many trainees starting a test at once and saving
 * answers concurrently against a running server, with a check that every answer sent is stored.
 */
package bg.omegasoft.bench;
