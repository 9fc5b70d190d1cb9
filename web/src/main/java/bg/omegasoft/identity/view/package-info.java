/**
 * Pages of the identity capability: sign-in, the user's own account and tokens, user
 * administration.
 */
package bg.omegasoft.identity.view;
