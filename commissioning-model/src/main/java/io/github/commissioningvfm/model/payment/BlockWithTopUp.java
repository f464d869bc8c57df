package io.github.commissioningvfm.model.payment;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * A block with per-case top-ups: the cost-and-volume variant that only ever pays more. The block
 * covers an agreed volume; each case above it is paid at a top-up price; fewer cases than the block
 * volume cost the commissioner nothing back.
 *
 * <p>Sheaff et al. (2024), HSDR 12(39), ch. 4 "Agreements and payments" (source line 1278):
 * cost-and-volume contracts that "supplemented a block payment with per-patient payments for
 * additional clients over the 'block' amount".
 *
 * <pre>
 *   block element  = block value                                  (spread evenly)
 *   top-up element = max(0, v - block volume) x top-up price       (in arrears)
 *   payment        = block element + top-up element               (never below the block value)
 * </pre>
 *
 * @param blockValue the annual block; not negative
 * @param blockVolume the volume the block covers; not negative
 * @param topUpPrice the price of each case above the block volume; not negative
 * @since 0.1.0
 */
public record BlockWithTopUp(Money blockValue, long blockVolume, Money topUpPrice) implements PaymentMechanism {

  /**
   * Creates the arrangement.
   *
   * @param blockValue the annual block; not negative
   * @param blockVolume the volume the block covers; not negative
   * @param topUpPrice the price per case above the block volume; not negative
   */
  public BlockWithTopUp {
    Lines.notNegative(blockValue, "blockValue");
    Args.notNegative(blockVolume, "blockVolume");
    Lines.notNegative(topUpPrice, "topUpPrice");
  }

  @Override
  public String name() {
    return "block with top-up";
  }

  @Override
  public PaymentStatement statement(ActivityReport actual) {
    Args.notNull(actual, "actual");
    long above = Math.max(0, actual.totalVolume() - blockVolume);
    return PaymentStatement.of(name(), List.of(
        Lines.line("block", blockValue, PaymentTiming.SPREAD_EVENLY, "block for up to " + blockVolume + " cases"),
        Lines.line("top-up", topUpPrice.amount().multiply(BigDecimal.valueOf(above)), PaymentTiming.IN_ARREARS,
            "max(0, " + actual.totalVolume() + " - " + blockVolume + ") x " + topUpPrice)));
  }
}
