package io.github.commissioningvfm.vfm.cua;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.markov.CountingConvention;
import io.github.commissioningvfm.vfm.markov.MarkovModel;
import io.github.commissioningvfm.vfm.markov.MarkovResult;
import io.github.commissioningvfm.vfm.markov.ReferenceModels;
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
}
