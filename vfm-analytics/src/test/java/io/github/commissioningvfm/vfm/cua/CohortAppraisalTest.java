package io.github.commissioningvfm.vfm.cua;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.markov.CountingConvention;
import io.github.commissioningvfm.vfm.markov.MarkovModel;
import io.github.commissioningvfm.vfm.markov.MarkovResult;
import io.github.commissioningvfm.vfm.markov.MarkovStrategy;
import io.github.commissioningvfm.vfm.markov.ReferenceModels;
import io.github.commissioningvfm.vfm.markov.StateValues;
import io.github.commissioningvfm.vfm.markov.TransitionMatrix;
import io.github.commissioningvfm.vfm.markov.TransitionModel;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortAppraisalTest {

  @Test
  void annualCyclesDiscountedByYearGiveTheModelsTotals() {
    MarkovModel model = ReferenceModels.hiv(CountingConvention.HALF_CYCLE);
    MarkovResult r = model.run();
    Appraisal a = CohortAppraisal.of(model, "HIV", FinancialYear.parse("2024/25"), Perspective.NHS, "mono");
    assertEquals("mono", a.counterfactual());
    List<BigDecimal> d = model.costDiscount().factors(a.horizonYears());
    for (String option : List.of("mono", "comb")) {
      double cost = 0;
      double qalys = 0;
      var o = a.option(option);
      for (int y = 0; y < a.horizonYears(); y++) {
        cost += o.costs().get(0).amounts().get(y).amount().amount().doubleValue() * d.get(y).doubleValue();
        qalys += o.effect(CohortAppraisal.QALY).orElseThrow().quantities().get(y).doubleValue();
      }
      assertEquals(r.strategy(option).totals().cost(), cost, 1e-6, option);
      // life-years are undiscounted in this model, and its QALY weights are 1 in the living states
      assertEquals(r.strategy(option).totals().undiscountedQalys(), qalys, 1e-12, option);
    }
  }

  /**
   * Half-year cycles, a cohort of 10 and a one-off cost on death, computed by hand. Well to Dead with
   * probability 1/2 a cycle: Well holds 10, 5, 2.5, 1.25, 0.625 at rows 0..4 (times 0 to 2 years).
   * Occupancy cost 100 a cycle in Well: 1000, 500, 250, 125, 62.5; entry cost 50 per death: 0, 250,
   * 125, 62.5, 31.25; QALYs {@code L m u = 0.5 x 0.8 x Well}: 4, 2, 1, 0.5, 0.25; half-cycle weights
   * 1/2, 1, 1, 1, 1/2. Year 0 takes rows 0 and 1, year 1 rows 2 and 3, year 2 row 4; per person:
   * costs (500 + 750) / 10, (375 + 187.5) / 10, (31.25 + 31.25) / 10; QALYs (2 + 2) / 10,
   * (1 + 0.5) / 10, 0.125 / 10.
   */
  @Test
  void shorterCyclesAreCollectedByYearPerPerson() {
    TransitionMatrix p = TransitionMatrix.builder(List.of("Well", "Dead")).set("Well", "Dead", 0.5)
        .complement("Well", "Well").set("Dead", "Dead", 1).build();
    MarkovModel model = MarkovModel.builder().states("Well", "Dead").dead("Dead").initial(10, 0).cycles(4)
        .cycleLengthYears(0.5).counting(CountingConvention.HALF_CYCLE)
        .strategy(MarkovStrategy.of("usual care", TransitionModel.constant(p), StateValues.constant(100, 0),
            StateValues.constant(0.8, 0)).withEntryCost("Dead", 50))
        .strategy(MarkovStrategy.of("nothing", TransitionModel.constant(p), StateValues.constant(0, 0),
            StateValues.constant(0.8, 0)))
        .build();
    Appraisal a = CohortAppraisal.of(model, "half-year", FinancialYear.parse("2024/25"), Perspective.NHS, "nothing");
    assertEquals(3, a.horizonYears());
    var o = a.option("usual care");
    double[] costs = o.costs().get(0).amounts().stream().mapToDouble(c -> c.amount().amount().doubleValue()).toArray();
    assertArrayEquals(new double[] {125, 56.25, 6.25}, costs, 1e-9);
    double[] qalys = o.effect(CohortAppraisal.QALY).orElseThrow().quantities().stream()
        .mapToDouble(BigDecimal::doubleValue).toArray();
    assertArrayEquals(new double[] {0.4, 0.15, 0.0125}, qalys, 1e-12);
    assertEquals(Perspective.NHS, o.costs().get(0).bearer());
  }
}
