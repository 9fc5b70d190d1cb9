/**
 * Certificates: issued when a final test is passed, one per person, programme and level; PDF with a
 * QR code to the public check; revocation and reissue with their history (DOMAIN C1-C3).
 */
package bg.omegasoft.certification;
