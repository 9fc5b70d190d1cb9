/** Sign-in and caller checks, user administration for ADMINs, and each user's own account. */
package bg.omegasoft.identity.boundary;
