/**
 * The pages of certificates: my certificates, the staff register with revocation and reissue, and
 * the public check that a certificate's QR code opens.
 */
package bg.omegasoft.certification.view;
