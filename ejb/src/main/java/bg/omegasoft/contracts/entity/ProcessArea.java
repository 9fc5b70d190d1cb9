package bg.omegasoft.contracts.entity;

/** The areas of a client's processes the vendor can run for it as an outsourced service. */
public enum ProcessArea {
  FINANCE,
  HR
}
