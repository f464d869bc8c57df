package io.github.commissioningvfm.vfm.roi;

import io.github.commissioningvfm.vfm.spi.Figure;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.BenefitStream;
import io.github.commissioningvfm.vfm.appraisal.BenefitValuation;
import io.github.commissioningvfm.vfm.appraisal.CostStream;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoiProperties {

  private static Appraisal appraisal(long costPence, long benefitPence, BigDecimal factor, FinancialYear base) {
    Cost c = new Cost(io.github.commissioningvfm.model.money.BigMoney.of(BigDecimal.valueOf(costPence, 2)), base)
        .multipliedBy(factor);
    Cost b = new Cost(io.github.commissioningvfm.model.money.BigMoney.of(BigDecimal.valueOf(benefitPence, 2)), base)
        .multipliedBy(factor);
    AppraisalOption o = AppraisalOption.builder("o").cost(new CostStream("c", Perspective.NHS, List.of(c, c)))
        .benefit(BenefitStream.of("b", Perspective.NHS, true, BenefitValuation.direct(List.of(b, b), "x"))).build();
    return Appraisal.builder("p").priceBase(base).horizon(base, 2).option(o)
        .counterfactual(new AppraisalOption("none", List.of(), List.of(), List.of())).build();
  }

  @Test
  void roiInvariantToCommonPriceRebasing() {
    FinancialYear base = FinancialYear.parse("2024/25");
    qt().forAll(integers().between(1, 10_000_000), integers().between(0, 10_000_000), integers().between(500, 3000))
        .check((cost, benefit, indexPermille) -> {
          BigDecimal index = BigDecimal.valueOf(indexPermille, 3);
          RoiFigures before = RoiStrategy.undiscounted().evaluate(appraisal(cost, benefit, BigDecimal.ONE, base))
              .option("o").total();
          RoiFigures after = RoiStrategy.undiscounted()
              .evaluate(appraisal(cost, benefit, index, base.next())).option("o").total();
          BigDecimal x = ((Figure.Ratio) before.roiRatio()).value();
          BigDecimal y = ((Figure.Ratio) after.roiRatio()).value();
          return x.subtract(y).abs().compareTo(new BigDecimal("1e-12")) <= 0;
        });
  }

  @Test
  void netRoiIsRoiMinusOne() {
    FinancialYear base = FinancialYear.parse("2024/25");
    qt().forAll(integers().between(0, 10_000_000), integers().between(0, 10_000_000))
        .check((cost, benefit) -> {
          RoiFigures f = RoiStrategy.undiscounted().evaluate(appraisal(cost, benefit, BigDecimal.ONE, base))
              .option("o").total();
          if (cost == 0) {
            return !f.roiRatio().isDefined() && !f.netRoi().isDefined();
          }
          BigDecimal ratio = ((Figure.Ratio) f.roiRatio()).value();
          return ((Figure.Ratio) f.netRoi()).value().compareTo(ratio.subtract(BigDecimal.ONE)) == 0
              && ratio.compareTo(BigDecimal.valueOf(benefit).divide(BigDecimal.valueOf(cost), MathContext.DECIMAL128)) == 0;
        });
  }
}
