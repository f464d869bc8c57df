package io.github.commissioningvfm.vfm.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each distribution's parameter checks at their boundaries, and its mean by hand. */
class DistributionChecksTest {

  private static void refused(String message, Executable create) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, create).getMessage());
  }

  @Test
  void boundaryParametersAreRefusedNamingDistributionParameterAndValue() {
    refused("Gamma distribution: parameter 'shape' must be positive: 0.0", () -> new Distribution.Gamma(0, 1));
    refused("Gamma distribution: parameter 'shape' must be positive: Infinity",
        () -> new Distribution.Gamma(Double.POSITIVE_INFINITY, 1));
    refused("Gamma distribution: parameter 'scale' must be positive: 0.0", () -> new Distribution.Gamma(1, 0));
    refused("Gamma distribution: parameter 'scale' must be positive: NaN", () -> new Distribution.Gamma(1, Double.NaN));
    refused("Gamma distribution: parameter 'mean' must be positive: 0.0", () -> Distribution.Gamma.ofMeanSd(0, 1));
    refused("Gamma distribution: parameter 'mean' must be positive: Infinity",
        () -> Distribution.Gamma.ofMeanSd(Double.POSITIVE_INFINITY, 1));
    refused("Gamma distribution: parameter 'sd' must be positive: 0.0", () -> Distribution.Gamma.ofMeanSd(1, 0));
    refused("Gamma distribution: parameter 'sd' must be positive: NaN",
        () -> Distribution.Gamma.ofMeanSd(1, Double.NaN));
    refused("Beta distribution: parameter 'alpha' must be positive: 0.0", () -> new Distribution.Beta(0, 1));
    refused("Beta distribution: parameter 'alpha' must be positive: Infinity",
        () -> new Distribution.Beta(Double.POSITIVE_INFINITY, 1));
    refused("Beta distribution: parameter 'beta' must be positive: 0.0", () -> new Distribution.Beta(1, 0));
    refused("Beta distribution: parameter 'beta' must be positive: NaN", () -> new Distribution.Beta(1, Double.NaN));
    refused("Beta distribution: parameter 'mean' must be between 0 and 1 (exclusive): 0.0",
        () -> Distribution.Beta.ofMeanSd(0, 0.1));
    refused("Beta distribution: parameter 'mean' must be between 0 and 1 (exclusive): 1.0",
        () -> Distribution.Beta.ofMeanSd(1, 0.1));
    refused("Beta distribution: parameter 'sd' must be positive with sd^2 < mean (1 - mean): 0.0",
        () -> Distribution.Beta.ofMeanSd(0.5, 0));
    // sd^2 = 0.25 = mean (1 - mean) at mean 0.5
    refused("Beta distribution: parameter 'sd' must be positive with sd^2 < mean (1 - mean): 0.5",
        () -> Distribution.Beta.ofMeanSd(0.5, 0.5));
    refused("Beta distribution: parameter 'events' must be positive: 0", () -> Distribution.Beta.ofCounts(0, 10));
    refused("Beta distribution: parameter 'trials' must be greater than events (4): 4",
        () -> Distribution.Beta.ofCounts(4, 4));
    refused("Triangular distribution: parameter 'min' must be finite: -Infinity",
        () -> new Distribution.Triangular(Double.NEGATIVE_INFINITY, 0, 1));
    refused("Triangular distribution: parameter 'max' must be greater than min (1.0): 1.0",
        () -> new Distribution.Triangular(1, 1, 1));
    refused("Triangular distribution: parameter 'max' must be greater than min (1.0): Infinity",
        () -> new Distribution.Triangular(1, 1, Double.POSITIVE_INFINITY));
    refused("Triangular distribution: parameter 'mode' must be between min and max: 0.5",
        () -> new Distribution.Triangular(1, 0.5, 2));
    refused("Pert distribution: parameter 'min' must be finite: NaN", () -> new Distribution.Pert(Double.NaN, 0, 1));
    refused("Pert distribution: parameter 'max' must be greater than min (1.0): 1.0",
        () -> new Distribution.Pert(1, 1, 1));
    refused("Pert distribution: parameter 'max' must be greater than min (1.0): Infinity",
        () -> new Distribution.Pert(1, 1, Double.POSITIVE_INFINITY));
    refused("Pert distribution: parameter 'mode' must be between min and max: 0.5",
        () -> new Distribution.Pert(1, 0.5, 2));
    refused("Pert distribution: parameter 'mode' must be between min and max: 3.0",
        () -> new Distribution.Pert(1, 3, 2));
    refused("Uniform distribution: parameter 'min' must be finite: NaN", () -> new Distribution.Uniform(Double.NaN, 1));
    refused("Uniform distribution: parameter 'max' must be greater than min (1.0): 1.0",
        () -> new Distribution.Uniform(1, 1));
    refused("Uniform distribution: parameter 'max' must be greater than min (1.0): Infinity",
        () -> new Distribution.Uniform(1, Double.POSITIVE_INFINITY));
    refused("Empirical distribution: parameter 'values[1]' must be finite: NaN",
        () -> new Distribution.Empirical(List.of(1.0, Double.NaN)));
    refused("Argument 'values' must not be empty", () -> new Distribution.Empirical(List.of()));
  }

  @Test
  void edgeParametersThatAreAllowed() {
    assertEquals(1, new Distribution.Triangular(1, 1, 4).min(), 0.0);
    assertEquals(4, new Distribution.Triangular(1, 4, 4).mode(), 0.0);
    assertEquals(1, new Distribution.Pert(1, 1, 4).mode(), 0.0);
    assertEquals(4, new Distribution.Pert(1, 4, 4).mode(), 0.0);
    assertEquals(new Distribution.Beta(1, 1), Distribution.Beta.ofCounts(1, 2));
  }

  @Test
  void meansByHand() {
    assertEquals(7, new Distribution.Normal(7, 2).mean(), 0.0);
    // exp(mu + sigma^2 / 2)
    assertEquals(Math.exp(1 + 0.5 * 0.5 / 2), new Distribution.LogNormal(1, 0.5).mean(), 1e-12);
    assertEquals(6, new Distribution.Gamma(2, 3).mean(), 1e-12);
    assertEquals(0.25, new Distribution.Beta(1, 3).mean(), 1e-12);
    assertEquals(3, new Distribution.Triangular(1, 2, 6).mean(), 1e-12);
    // (1 + 4 x 2 + 9) / 6 = 3
    assertEquals(3, new Distribution.Pert(1, 2, 9).mean(), 1e-12);
    assertEquals(2.5, new Distribution.Uniform(1, 4).mean(), 1e-12);
    assertEquals(Distribution.Gamma.ofMeanSd(40, 15), Distribution.Gamma.ofMeanStandardError(40, 15));
    assertEquals(Distribution.Beta.ofMeanSd(0.2, 0.08), Distribution.Beta.ofMeanStandardError(0.2, 0.08));
    assertEquals(Distribution.LogNormal.ofMeanSd(300, 60), Distribution.LogNormal.ofMeanStandardError(300, 60));
    List<Double> source = new ArrayList<>(List.of(1.0, 2.0));
    Distribution.Empirical e = new Distribution.Empirical(source);
    source.add(9.0);
    assertEquals(List.of(1.0, 2.0), e.values());
  }
}
