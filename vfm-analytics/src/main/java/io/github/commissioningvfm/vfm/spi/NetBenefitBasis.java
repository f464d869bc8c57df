package io.github.commissioningvfm.vfm.spi;

import io.github.commissioningvfm.model.internal.Args;

/**
 * How a method's headline metrics make a net benefit for acceptability curves and the expected
 * value of perfect information: {@code NB(lambda) = lambda x value - cost}, both incremental over the
 * counterfactual (whose net benefit is therefore 0).
 *
 * @param value the metric valued at {@code lambda}, e.g. incremental present value of benefits
 *     (lambda = value of one pound of benefit) or incremental WELLBYs (lambda = value of one WELLBY)
 * @param cost the incremental cost metric
 * @param lambdaMeaning what one unit of lambda is, e.g. "value of one WELLBY, in pounds"
 * @since 0.1.0
 */
public record NetBenefitBasis(Metric<?> value, Metric<Figure.Amount> cost, String lambdaMeaning) {
  /** Validates. */
  public NetBenefitBasis {
    Args.notNull(value, "value");
    Args.notNull(cost, "cost");
    Args.notBlank(lambdaMeaning, "lambdaMeaning");
  }
}
