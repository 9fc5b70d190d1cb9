/**
 * What pages and the API call in certification: the holder's certificates, the staff register with
 * revocation and reissue, and the public check by verification code.
 */
package bg.omegasoft.certification.boundary;
