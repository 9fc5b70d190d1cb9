/** Helpers of certificates: issuing on a passed final test, codes, the PDF and its QR code. */
package bg.omegasoft.certification.control;
