package bg.omegasoft.learning.entity;

import java.math.BigDecimal;

/** A module as a quote or a list shows it: its title and hours. */
public record ModuleLine(String title, BigDecimal hours) {}
