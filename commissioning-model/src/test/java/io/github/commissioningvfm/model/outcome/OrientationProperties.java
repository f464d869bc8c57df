package io.github.commissioningvfm.model.outcome;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.quicktheories.core.Gen;

class OrientationProperties {

  @org.junit.jupiter.api.Test
  void improvementIsPositiveWhenTheScoreMovesTheBetterWayForBothDirections() {
    Gen<Double> score = doubles().between(0, 40);
    qt().forAll(score, score).checkAssert((a, b) -> {
      // lower is better: moving from the higher to the lower score is an improvement
      double better = Math.min(a, b);
      double worse = Math.max(a, b);
      org.junit.jupiter.api.Assertions.assertTrue(
          StandardOutcomeMeasures.SDQ_TOTAL.improvement(worse, better) >= 0);
      org.junit.jupiter.api.Assertions.assertTrue(
          StandardOutcomeMeasures.REQOL10.improvement(better, worse) >= 0);
      // the two orientations are exact opposites (0.0 added to fold -0.0 into 0.0)
      org.junit.jupiter.api.Assertions.assertEquals(
          0.0 - StandardOutcomeMeasures.SDQ_TOTAL.improvement(a, b), StandardOutcomeMeasures.REQOL10.improvement(a, b) + 0.0);
    });
  }
}
