package io.github.commissioningvfm.model.investment;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.util.Optional;

/**
 * One line of mental health spend reported for a year, and the exclusion it falls under, if any.
 *
 * @param label what the spend is, e.g. "adult community mental health"
 * @param amount the amount; not negative
 * @param exclusion the MHIS exclusion it falls under, or empty if it counts
 * @since 0.1.0
 */
public record MhisSpend(String label, Money amount, Optional<MhisExclusion> exclusion) {

  /**
   * Creates a line.
   *
   * @param label what the spend is
   * @param amount the amount
   * @param exclusion the exclusion, if any
   */
  public MhisSpend {
    Args.notBlank(label, "label");
    Args.notNull(amount, "amount");
    Args.check(!amount.isNegative(), "amount", "not be negative", amount);
    Args.notNull(exclusion, "exclusion");
  }

  /**
   * Spend that counts towards the standard.
   *
   * @param label what it is
   * @param amount the amount
   * @return the line
   */
  public static MhisSpend counted(String label, Money amount) {
    return new MhisSpend(label, amount, Optional.empty());
  }

  /**
   * Spend outside the standard.
   *
   * @param label what it is
   * @param amount the amount
   * @param exclusion why it does not count
   * @return the line
   */
  public static MhisSpend excluded(String label, Money amount, MhisExclusion exclusion) {
    return new MhisSpend(label, amount, Optional.of(Args.notNull(exclusion, "exclusion")));
  }
}
