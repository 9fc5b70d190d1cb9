/** Password hashing and policy, token generation, and the throttle against guessing. */
package bg.omegasoft.identity.control;
