package bg.omegasoft.contracts.boundary;

import bg.omegasoft.contracts.entity.Scope;
import java.time.LocalDate;

/** A draft contract's period and terms, as a page or the API gives them. */
public record ContractForm(LocalDate start, LocalDate end, boolean autoRenew, Scope scope) {}
