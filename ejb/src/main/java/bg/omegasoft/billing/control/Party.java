package bg.omegasoft.billing.control;

/** A supplier's or customer's data as frozen on a document. */
public record Party(
    String name, String address, String city, String postcode, String uic, String vatNumber) {}
