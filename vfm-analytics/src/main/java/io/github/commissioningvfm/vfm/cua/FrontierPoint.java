package io.github.commissioningvfm.vfm.cua;

import io.github.commissioningvfm.model.internal.Args;
import java.util.Locale;

/**
 * One point of the cost-effectiveness acceptability frontier: at threshold {@code lambda}, the
 * strategy with the highest expected net monetary benefit and the share of simulations in which it
 * is the best.
 *
 * @param threshold {@code lambda}
 * @param optimal the strategy with the highest expected NMB
 * @param probability the share of simulations in which it has the highest NMB
 * @since 0.1.0
 */
public record FrontierPoint(double threshold, String optimal, double probability) {

  /** Validates. */
  public FrontierPoint {
    Args.finite(threshold, "threshold");
    Args.notBlank(optimal, "optimal");
    Args.inRange(probability, 0, 1, "probability");
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "at %.0f: %s (probability %.3f)", threshold, optimal, probability);
  }
}
