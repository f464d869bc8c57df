package io.github.commissioningvfm.vfm.internal;

import static io.github.commissioningvfm.vfm.appraisal.Fixtures.yearly;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.BenefitStream;
import io.github.commissioningvfm.vfm.appraisal.BenefitValuation;
import io.github.commissioningvfm.vfm.appraisal.CostStream;
import io.github.commissioningvfm.vfm.appraisal.Fixtures;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.cba.CbaStrategy;
import io.github.commissioningvfm.vfm.spi.AppraisalArrays;
import io.github.commissioningvfm.vfm.spi.FastHeadlines;
import org.junit.jupiter.api.Test;

class NumericFlowsTest {

  private static AppraisalOption option(String name, String cost, String benefit) {
    return AppraisalOption.builder(name)
        .cost(new CostStream("cost", Perspective.COMMISSIONER, yearly(cost)))
        .benefit(BenefitStream.of("benefit", Perspective.NHS, true,
            BenefitValuation.direct(yearly(benefit), "test benefit")))
        .build();
  }

  @Test
  void incrementalValuesSubtractTheCounterfactualsCostsAndBenefits() {
    // one year, undiscounted: the option costs 4 and yields 10, the counterfactual costs 1 and yields 3,
    // so incremental costs 3, benefits 7, net present social value 4 and benefit-cost ratio 7 / 3
    Appraisal a = Appraisal.builder("one year, both options costed").priceBase(Fixtures.BASE)
        .horizon(Fixtures.BASE, 1).option(option("option", "4", "10"))
        .counterfactual(option("none", "1", "3")).build();
    CbaStrategy s = CbaStrategy.greenBook();
    double[] values = new double[4];
    boolean[] undefined = new boolean[4];
    FastHeadlines.Sink sink = new FastHeadlines.Sink() {
      @Override
      public void defined(int alternative, int metric, double value) {
        values[metric] = value;
      }

      @Override
      public void undefined(int alternative, int metric) {
        undefined[metric] = true;
      }
    };
    s.fastEvaluator(s.metrics()).evaluate(AppraisalArrays.shapedLike(a).write(a), sink);
    // metrics in order: net present social value, benefit-cost ratio, costs, benefits
    assertArrayEquals(new double[] {4, 7.0 / 3, 3, 7}, values, 1e-12);
    assertArrayEquals(new boolean[4], undefined);
  }
}
