package io.github.commissioningvfm.vfm.uncertainty;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.BenefitStream;
import io.github.commissioningvfm.vfm.appraisal.BenefitValuation;
import io.github.commissioningvfm.vfm.appraisal.CostStream;
import io.github.commissioningvfm.vfm.appraisal.Fixtures;
import io.github.commissioningvfm.vfm.appraisal.ImpactAdjustments;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.cba.CbaStrategy;
import io.github.commissioningvfm.vfm.cba.OptimismBias;
import io.github.commissioningvfm.vfm.roi.RoiStrategy;
import java.util.Collections;
import java.util.List;
import io.github.commissioningvfm.vfm.spi.FastHeadlines;
import io.github.commissioningvfm.vfm.spi.Metric;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import io.github.commissioningvfm.vfm.spi.VfmStrategy;
import java.util.OptionalDouble;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;

/**
 * The fast path ({@code FastHeadlines}) used by uncertainty analysis agrees with each strategy's exact
 * evaluation, metric by metric, undefined where the exact figure is undefined.
 */
class FastPathProperties {

  static Appraisal model(InputValues in) {
    int years = 12;
    SourcedCost unit = new SourcedCost(Models.pounds(in.get("unit")), Provenance.of("NCC", "2023/24", "X", ""));
    ImpactAdjustments adj = new ImpactAdjustments(Proportion.of(in.get("deadweight")), Proportion.of("0.1"),
        Proportion.of("0.05"), Proportion.of(in.get("dropOff")));
    AppraisalOption o = AppraisalOption.builder("service")
        .cost(new CostStream("staff", Perspective.COMMISSIONER, Collections.nCopies(years, Models.pounds(in.get("cost")))))
        .benefit(new BenefitStream("avoided", Perspective.NHS, true,
            BenefitValuation.avoidedUse(Collections.nCopies(years, in.decimal("volume")), unit), adj))
        .benefit(new BenefitStream("wellbeing", Perspective.SOCIETY, false,
            BenefitValuation.direct(Collections.nCopies(years, Models.pounds(in.get("wellbeing"))), "x"), adj))
        .build();
    AppraisalOption sq = AppraisalOption.builder("status quo")
        .cost(new CostStream("old", Perspective.NHS, Collections.nCopies(years, Models.pounds(in.get("sq")))))
        .build();
    return Appraisal.builder("fast").priceBase(Fixtures.BASE).horizon(Fixtures.BASE, years).option(o)
        .counterfactual(sq).build();
  }

  @Test
  void fastPathMatchesExactStrategies() {
    CbaStrategy cba = CbaStrategy.greenBook().withOptimismBias(OptimismBias.ofPercent("24", "test"));
    RoiStrategy roi = RoiStrategy.undiscounted();
    UncertaintyAnalysis ua = fixedInputs();
    UncertaintyAnalysis cbaPath = rebuild(ua, cba);
    UncertaintyAnalysis roiPath = rebuild(ua, roi);
    qt().withExamples(200).forAll(doubles().between(1, 5000), doubles().between(0, 0.9), integers().between(0, 90),
            doubles().between(0, 20_000))
        .check((unit, deadweight, dropPercent, cost) -> {
          double volume = (cost * 7) % 50;
          InputValues in = ua.baseValues().with("unit", unit).with("deadweight", deadweight)
              .with("dropOff", dropPercent / 100.0).with("cost", cost).with("volume", volume);
          Appraisal a = model(in);
          return agree(cba, cbaPath, a, in) && agree(roi, roiPath, a, in);
        });
  }

  /** The model with every input fixed at its base value. */
  static UncertaintyAnalysis fixedInputs() {
    return UncertaintyAnalysis.builder(FastPathProperties::model)
        .input(UncertainInput.of("unit", 250, 250, 250)).input(UncertainInput.of("deadweight", 0.2, 0.2, 0.2))
        .input(UncertainInput.of("dropOff", 0.1, 0.1, 0.1)).input(UncertainInput.of("cost", 1000, 1000, 1000))
        .input(UncertainInput.of("volume", 5, 5, 5)).input(UncertainInput.of("wellbeing", 100, 100, 100))
        .input(UncertainInput.of("sq", 200, 200, 200)).build();
  }

  static UncertaintyAnalysis rebuild(UncertaintyAnalysis template, VfmStrategy<?> strategy) {
    UncertaintyAnalysis.Builder b = UncertaintyAnalysis.builder(FastPathProperties::model).strategy(strategy);
    template.inputs().forEach(b::input);
    return b.build();
  }

  static boolean agree(VfmStrategy<?> strategy, UncertaintyAnalysis fast, Appraisal a, InputValues in) {
    VfmResult exact = strategy.evaluate(a);
    for (Metric<?> m : strategy.metrics()) {
      OptionalDouble x = exact.figure("service", m).toDouble();
      OptionalDouble y = fast.figure(in, "service", m).toDouble();
      if (x.isPresent() != y.isPresent()) {
        return false;
      }
      if (x.isPresent() && Math.abs(x.getAsDouble() - y.getAsDouble()) > 1e-9 * Math.max(1, Math.abs(x.getAsDouble()))) {
        return false;
      }
    }
    return true;
  }
}
