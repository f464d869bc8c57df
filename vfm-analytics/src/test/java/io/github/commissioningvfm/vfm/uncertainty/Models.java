package io.github.commissioningvfm.vfm.uncertainty;

import io.github.commissioningvfm.model.money.BigMoney;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.BenefitStream;
import io.github.commissioningvfm.vfm.appraisal.BenefitValuation;
import io.github.commissioningvfm.vfm.appraisal.CostStream;
import io.github.commissioningvfm.vfm.appraisal.Fixtures;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

/** Test models. */
final class Models {

  private Models() {
  }

  static Cost pounds(double amount) {
    return new Cost(BigMoney.of(amount), Fixtures.BASE);
  }

  /**
   * Two years; the service costs "cost" a year; it avoids "volume" A&amp;E attendances a year at 250 each.
   */
  static Appraisal service(InputValues in) {
    int years = 2;
    SourcedCost ae = new SourcedCost(Fixtures.gbp("250"), Provenance.of("NCC", "2023/24", "VB08Z", ""));
    AppraisalOption service = AppraisalOption.builder("service")
        .cost(new CostStream("staff", Perspective.COMMISSIONER, Collections.nCopies(years, pounds(in.get("cost")))))
        .benefit(BenefitStream.of("A&E", Perspective.NHS, true,
            BenefitValuation.avoidedUse(Collections.nCopies(years, in.decimal("volume")), ae)))
        .build();
    return Appraisal.builder("service model").priceBase(Fixtures.BASE).horizon(Fixtures.BASE, years)
        .option(service).counterfactual(new AppraisalOption("status quo", List.of(), List.of(), List.of())).build();
  }

  static UncertaintyAnalysis serviceAnalysis() {
    return serviceAnalysis(io.github.commissioningvfm.vfm.cba.CbaStrategy.greenBook());
  }

  static UncertaintyAnalysis serviceAnalysis(io.github.commissioningvfm.vfm.spi.VfmStrategy<?> strategy) {
    return UncertaintyAnalysis.builder(Models::service)
        .input(UncertainInput.of("cost", 1000, 800, 1500, Distribution.Gamma.ofMeanSd(1000, 150)))
        .input(UncertainInput.of("volume", 5, 2, 8, new Distribution.Triangular(2, 5, 8)))
        .strategy(strategy).build();
  }

  static BigDecimal sumOfFactors() {
    // 1 + 1/1.035
    return BigDecimal.ONE.add(BigDecimal.ONE.divide(new BigDecimal("1.035"), java.math.MathContext.DECIMAL128));
  }
}
