/**
 * Who may do what: user accounts with their roles, sign-in with lockout after repeated failures,
 * personal API tokens for the REST API.
 */
package bg.omegasoft.identity;
