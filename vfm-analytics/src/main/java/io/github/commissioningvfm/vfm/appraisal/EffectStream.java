package io.github.commissioningvfm.vfm.appraisal;

import io.github.commissioningvfm.model.internal.Args;
import java.math.BigDecimal;
import java.util.List;

/**
 * A non-monetary outcome of an option, year by year, for cost-effectiveness analysis (for example
 * QALYs gained, or participants achieving a reliable improvement).
 *
 * @param measure the outcome measure's name, the same across options
 * @param quantities the quantity in each year, year 0 first (may be negative: a worse outcome)
 * @since 0.1.0
 */
public record EffectStream(String measure, List<BigDecimal> quantities) {

  /** Validates and copies. */
  public EffectStream {
    Args.notBlank(measure, "measure");
    quantities = List.copyOf(Args.notEmpty(quantities, "quantities"));
  }

  /**
   * The sum over all years, undiscounted.
   *
   * @return the total
   */
  public BigDecimal total() {
    return quantities.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
