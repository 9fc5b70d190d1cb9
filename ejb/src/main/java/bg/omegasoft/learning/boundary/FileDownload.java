package bg.omegasoft.learning.boundary;

/** A file to hand to the browser: its name, media type and bytes. */
public record FileDownload(String fileName, String contentType, byte[] content) {}
