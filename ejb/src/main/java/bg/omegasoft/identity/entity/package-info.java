/** User accounts, their roles and API tokens, and the counters that throttle sign-in attempts. */
package bg.omegasoft.identity.entity;
