/**
 * Rates and proportions as their own types, so that a discount rate cannot be passed where an
 * inflation rate, a share or an amount is expected.
 *
 * <p>Each holds an exact {@link java.math.BigDecimal} fraction (0.035 for 3.5%) and prints as a
 * percentage. {@link io.github.commissioningvfm.model.rate.Percentage} is any percentage;
 * {@link io.github.commissioningvfm.model.rate.Proportion} is a share in [0, 1] (deadweight,
 * attribution, a probability); {@link io.github.commissioningvfm.model.rate.DiscountRate} gives
 * discount factors {@code 1 / (1 + r)^t}; {@link io.github.commissioningvfm.model.rate.InflationRate}
 * gives growth factors {@code (1 + i)^n}.
 */
package io.github.commissioningvfm.model.rate;
