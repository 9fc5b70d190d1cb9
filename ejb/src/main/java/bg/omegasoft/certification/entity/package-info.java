/** The certificate with its number, verification code, holder and history rules. */
package bg.omegasoft.certification.entity;
