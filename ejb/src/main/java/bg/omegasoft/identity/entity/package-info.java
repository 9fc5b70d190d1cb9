/** User accounts, their roles and API tokens, with the rules of sign-in and lockout. */
package bg.omegasoft.identity.entity;
