package io.github.commissioningvfm.vfm.cba;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.rate.DiscountRate;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.BenefitStream;
import io.github.commissioningvfm.vfm.appraisal.BenefitValuation;
import io.github.commissioningvfm.vfm.appraisal.CostStream;
import io.github.commissioningvfm.vfm.appraisal.Fixtures;
import io.github.commissioningvfm.vfm.appraisal.ImpactAdjustments;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CbaProperties {

  private static Appraisal withNet(List<Integer> netPounds) {
    // year 0 costs 1000, later years bring the given (positive) net benefit
    List<Cost> costs = new ArrayList<>();
    List<Cost> benefits = new ArrayList<>();
    costs.add(Fixtures.gbp("1000"));
    benefits.add(Fixtures.gbp("0"));
    for (int n : netPounds) {
      costs.add(Fixtures.gbp("0"));
      benefits.add(Fixtures.gbp(String.valueOf(n)));
    }
    AppraisalOption o = AppraisalOption.builder("o").cost(new CostStream("c", Perspective.NHS, costs))
        .benefit(BenefitStream.of("b", Perspective.NHS, true, BenefitValuation.direct(benefits, "x"))).build();
    return Appraisal.builder("p").priceBase(Fixtures.BASE).horizon(Fixtures.BASE, costs.size()).option(o)
        .counterfactual(new AppraisalOption("none", List.of(), List.of(), List.of())).build();
  }

  @Test
  void npvDecreasesAsTheDiscountRateRises() {
    qt().forAll(lists().of(integers().between(1, 100_000)).ofSizeBetween(1, 15), integers().between(0, 1500),
            integers().between(1, 1500))
        .check((net, basisPoints, step) -> {
          Appraisal a = withNet(net);
          DiscountRate low = new DiscountRate(BigDecimal.valueOf(basisPoints, 4));
          DiscountRate high = new DiscountRate(BigDecimal.valueOf(basisPoints + step, 4));
          Cost npvLow = CbaStrategy.greenBook().withSchedule(DiscountSchedule.constant(low)).evaluate(a).option("o").npsv();
          Cost npvHigh = CbaStrategy.greenBook().withSchedule(DiscountSchedule.constant(high)).evaluate(a).option("o").npsv();
          return npvHigh.compareTo(npvLow) < 0;
        });
  }

  @Test
  void impactAdjustmentsNeverIncreaseBenefits() {
    qt().forAll(integers().between(0, 100), integers().between(0, 100), integers().between(0, 100),
            integers().between(0, 100))
        .check((dw, at, dp, dr) -> {
          ImpactAdjustments adj = new ImpactAdjustments(Proportion.ofPercent(String.valueOf(dw)),
              Proportion.ofPercent(String.valueOf(at)), Proportion.ofPercent(String.valueOf(dp)),
              Proportion.ofPercent(String.valueOf(dr)));
          List<Cost> gross = Fixtures.flat("1234.56", 6);
          List<Cost> net = new BenefitStream("b", Perspective.NHS, true, BenefitValuation.direct(gross, "x"), adj)
              .netAmounts();
          for (int t = 0; t < gross.size(); t++) {
            if (net.get(t).compareTo(gross.get(t)) > 0 || net.get(t).amount().signum() < 0) {
              return false;
            }
            if (t > 0 && net.get(t).compareTo(net.get(t - 1)) > 0) {
              return false;
            }
          }
          return true;
        });
  }
}
