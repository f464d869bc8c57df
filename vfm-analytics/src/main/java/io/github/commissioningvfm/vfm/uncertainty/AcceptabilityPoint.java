package io.github.commissioningvfm.vfm.uncertainty;

import io.github.commissioningvfm.model.internal.Args;
import java.util.Map;

/**
 * One point of the acceptability curve: at threshold {@code lambda}, the share of iterations in which
 * each option (the counterfactual included) has the highest net benefit, and the expected value of
 * perfect information {@code EVPI = mean_i max_j NB_j,i - max_j mean_i NB_j,i}.
 *
 * @param threshold lambda
 * @param probabilityBest share of iterations each option is best, by option name (sums to 1)
 * @param expectedNetBenefit mean net benefit of each option, by option name
 * @param evpi the expected value of perfect information per appraisal, in pounds
 */
public record AcceptabilityPoint(double threshold, Map<String, Double> probabilityBest,
    Map<String, Double> expectedNetBenefit, double evpi) {
  /** Validates and copies. */
  public AcceptabilityPoint {
    Args.finite(threshold, "threshold");
    probabilityBest = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
        Args.noNullEntries(probabilityBest, "probabilityBest")));
    expectedNetBenefit = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
        Args.noNullEntries(expectedNetBenefit, "expectedNetBenefit")));
    Args.notNegative(evpi, "evpi");
  }
}
