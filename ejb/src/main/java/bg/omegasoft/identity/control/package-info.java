/**
 * Password hashing and policy, token generation, and the throttle against guessing with its key and
 * device cookies.
 */
package bg.omegasoft.identity.control;
