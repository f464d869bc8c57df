package io.github.commissioningvfm.examples;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.money.PriceBaseMismatchException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Re-derives a published value-for-money figure from its own inputs, and shows why costs in
 * different price years cannot be added.
 *
 * <p>The children and young people guided self-help evaluation reports a clinically meaningful
 * change of 2.86 SDQ points and a weighted value for money of 0.012 points per pound, and quotes
 * "GBP 283.3 per meaningful gain". Dividing its own figures gives GBP 238.33: the digits were
 * transposed.
 */
public final class PublishedArithmeticCheck {

  /** Clinically meaningful change on the SDQ total difficulties score (Wolpert et al. 2014). */
  public static final BigDecimal MEANINGFUL_CHANGE_POINTS = new BigDecimal("2.86");
  /** Published weighted value for money, SDQ points per pound. */
  public static final BigDecimal PUBLISHED_POINTS_PER_POUND = new BigDecimal("0.012");
  /** The figure the evaluation printed. */
  public static final Money PUBLISHED_COST_PER_MEANINGFUL_GAIN = Money.of("283.30");

  private PublishedArithmeticCheck() {
  }

  /**
   * The cost of one clinically meaningful change implied by the published inputs:
   * {@code meaningful change / (points per pound)}, rounded half-up to the penny.
   *
   * @return GBP 238.33
   */
  public static Money derivedCostPerMeaningfulGain() {
    return Money.of(MEANINGFUL_CHANGE_POINTS.divide(PUBLISHED_POINTS_PER_POUND, 10, RoundingMode.HALF_UP),
        RoundingMode.HALF_UP);
  }

  /**
   * Prints the check.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Money derived = derivedCostPerMeaningfulGain();
    out.println("Published arithmetic check (CYP guided self-help evaluation)");
    out.println("  meaningful change / weighted VfM = " + MEANINGFUL_CHANGE_POINTS + " / "
        + PUBLISHED_POINTS_PER_POUND + " = " + derived.format() + " per meaningful gain");
    out.println("  published: " + PUBLISHED_COST_PER_MEANINGFUL_GAIN.format() + "  -> difference "
        + PUBLISHED_COST_PER_MEANINGFUL_GAIN.minus(derived).format());
    Cost inOldPrices = Cost.of("273", "2023/24");
    Cost inNewPrices = Cost.of("280.17", "2024/25");
    try {
      inOldPrices.plus(inNewPrices);
      out.println("  mixing price years went unnoticed");
    } catch (PriceBaseMismatchException e) {
      out.println("  adding " + inOldPrices + " to " + inNewPrices + " is refused:");
      out.println("    " + e.getMessage());
    }
  }

  /**
   * Runs the check.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
