package bg.omegasoft.shared.boundary;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from (the client's address), filled in by the web layer for each
 * HTTP request so that audit records can name it. Empty for batch jobs and timers.
 */
@RequestScoped
public class RequestOrigin {

  private String address;

  public String address() {
    return address;
  }

  public void address(String address) {
    this.address = address;
  }
}
