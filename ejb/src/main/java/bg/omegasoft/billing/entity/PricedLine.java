package bg.omegasoft.billing.entity;

import bg.omegasoft.shared.entity.ServiceType;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One invoice line as priced: description in Bulgarian, quantity in its unit (UN/ECE code and
 * Bulgarian label), unit price and tax base in EUR excluding VAT, the VAT rate of the day the work
 * was done, and the hours a contract covered.
 */
public record PricedLine(
    long itemId,
    String sourceKey,
    ServiceType type,
    String description,
    LocalDate doneOn,
    BigDecimal quantity,
    String unitCode,
    String unitBg,
    BigDecimal unitPrice,
    BigDecimal taxBase,
    BigDecimal vatRate,
    BigDecimal coveredHours) {}
