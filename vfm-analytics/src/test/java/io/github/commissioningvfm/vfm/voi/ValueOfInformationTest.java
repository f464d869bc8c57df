package io.github.commissioningvfm.vfm.voi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.rate.DiscountRate;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import io.github.commissioningvfm.vfm.internal.Distributions;
import io.github.commissioningvfm.vfm.internal.RandomStreams;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * EVPI and EVPPI against a linear-normal model where both are known in closed form: strategy 1 has
 * net benefit 0, strategy 2 has {@code a + b1 X1 + b2 X2} with independent standard normal inputs.
 * For {@code Y ~ N(a, s^2)}, {@code E max(0, Y) = a Phi(a / s) + s phi(a / s)}; EVPI uses
 * {@code s^2 = b1^2 + b2^2}, EVPPI of {@code X1} uses {@code s = |b1|} (the expectation of the net
 * benefit given {@code X1} is {@code a + b1 X1}), each minus {@code max(0, a)}.
 */
class ValueOfInformationTest {

  private static final double A = 100;
  private static final double B1 = 300;
  private static final double B2 = 200;
  private static final int N = 200_000;

  private static double expectedPositivePart(double mean, double sd) {
    double z = mean / sd;
    return mean * Distributions.normalCdf(z) + sd * Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
  }

  private static double[][] inputs() {
    double[][] x = new double[2][N];
    RandomStreams streams = RandomStreams.of(11);
    for (int i = 0; i < N; i++) {
      SplittableRandom r = streams.forIteration(i);
      x[0][i] = r.nextGaussian();
      x[1][i] = r.nextGaussian();
    }
    return x;
  }

  private static double[][] netBenefit(double[][] x) {
    double[][] nb = new double[2][N];
    for (int i = 0; i < N; i++) {
      nb[1][i] = A + B1 * x[0][i] + B2 * x[1][i];
    }
    return nb;
  }

  @Test
  void evpiMatchesTheClosedForm() {
    double exact = expectedPositivePart(A, Math.hypot(B1, B2)) - A;
    assertEquals(exact, ValueOfInformation.evpi(netBenefit(inputs())), 0.03 * exact);
  }

  @Test
  void evppiOfOneInputMatchesTheClosedFormByBothMethods() {
    double[][] x = inputs();
    double[][] nb = netBenefit(x);
    double exact = expectedPositivePart(A, B1) - A;
    assertEquals(exact, ValueOfInformation.evppiSorted(nb, x[0], 447), 0.03 * exact);
    assertEquals(exact, ValueOfInformation.evppiRegression(nb, new double[][] {x[0]}, 1), 0.03 * exact);
    assertEquals(exact, ValueOfInformation.evppiRegression(nb, new double[][] {x[0]}, 2), 0.03 * exact);
  }

  @Test
  void evppiOfEveryInputIsTheEvpi() {
    double[][] x = inputs();
    double[][] nb = netBenefit(x);
    assertEquals(ValueOfInformation.evpi(nb), ValueOfInformation.evppiRegression(nb, x, 2), 1e-6);
  }

  @Test
  void populationScaleDiscountsFromTheSecondYear() {
    PopulationScale p = new PopulationScale(1000, 3, DiscountSchedule.constant(DiscountRate.ofPercent("3.5")));
    assertEquals(1000 * (1 + 1 / 1.035 + 1 / (1.035 * 1.035)), p.effectivePopulation(), 1e-9);
    assertEquals(2 * p.effectivePopulation(), p.scale(2), 1e-9);
  }

  @Test
  void mismatchedInputIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ValueOfInformation.evppiSorted(new double[][] {{1, 2, 3}}, new double[] {1, 2}, 1));
    assertEquals("Argument 'input' must have one value per simulation (3): 2", e.getMessage());
  }
}
