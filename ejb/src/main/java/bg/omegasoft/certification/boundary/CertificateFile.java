package bg.omegasoft.certification.boundary;

/** A file to download: a certificate PDF or the register as CSV. */
public record CertificateFile(String fileName, String contentType, byte[] content) {}
