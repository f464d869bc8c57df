package io.github.commissioningvfm.model.payment;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rate.Proportion;
import java.math.BigDecimal;
import java.util.List;

/**
 * Cost and volume: an agreed volume at an agreed price, with activity above or below it paid or
 * refunded at a marginal share of the price.
 *
 * <pre>
 *   agreed element   = agreed volume x unit price
 *   variance element = (v - agreed volume) x unit price x marginal rate
 *   payment          = agreed element + variance element
 * </pre>
 * With the marginal rate at most 100% the payment is never negative.
 *
 * @param agreedVolume the agreed annual volume; not negative
 * @param unitPrice the price per unit; not negative
 * @param marginalRate the share of the unit price paid or refunded per unit of variance
 * @since 0.1.0
 */
public record CostAndVolume(long agreedVolume, Money unitPrice, Proportion marginalRate) implements PaymentMechanism {

  /**
   * Creates a cost-and-volume arrangement.
   *
   * @param agreedVolume the agreed annual volume
   * @param unitPrice the price per unit
   * @param marginalRate the share of the price paid per unit of variance
   */
  public CostAndVolume {
    Args.notNegative(agreedVolume, "agreedVolume");
    Lines.notNegative(unitPrice, "unitPrice");
    Args.notNull(marginalRate, "marginalRate");
  }

  @Override
  public String name() {
    return "cost and volume";
  }

  @Override
  public PaymentStatement statement(ActivityReport actual) {
    Args.notNull(actual, "actual");
    long v = actual.totalVolume();
    BigDecimal agreed = unitPrice.amount().multiply(BigDecimal.valueOf(agreedVolume));
    BigDecimal variance = unitPrice.amount().multiply(BigDecimal.valueOf(v - agreedVolume))
        .multiply(marginalRate.fraction());
    return PaymentStatement.of(name(), List.of(
        Lines.line("agreed volume", agreed, PaymentTiming.SPREAD_EVENLY, agreedVolume + " x " + unitPrice),
        Lines.line("volume variance", variance, PaymentTiming.AFTER_YEAR_END,
            "(" + v + " - " + agreedVolume + ") x " + unitPrice + " x " + marginalRate)));
  }
}
