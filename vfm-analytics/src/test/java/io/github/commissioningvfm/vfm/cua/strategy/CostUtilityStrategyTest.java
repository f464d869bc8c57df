package io.github.commissioningvfm.vfm.cua.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.rate.DiscountRate;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import io.github.commissioningvfm.vfm.cua.CohortAppraisal;
import io.github.commissioningvfm.vfm.engine.VfmEngine;
import io.github.commissioningvfm.vfm.markov.CountingConvention;
import io.github.commissioningvfm.vfm.markov.ReferenceModels;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.uncertainty.Distribution;
import io.github.commissioningvfm.vfm.uncertainty.InputValues;
import io.github.commissioningvfm.vfm.uncertainty.PsaResult;
import io.github.commissioningvfm.vfm.uncertainty.PsaSettings;
import io.github.commissioningvfm.vfm.uncertainty.SensitivityTables;
import io.github.commissioningvfm.vfm.uncertainty.UncertainInput;
import io.github.commissioningvfm.vfm.uncertainty.UncertaintyAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostUtilityStrategyTest {

  private static final FinancialYear BASE = FinancialYear.parse("2024/25");

  /**
   * The HIV model of Briggs, Claxton and Sculpher (2006) exercise 2.5 (counts, relative risk
   * {@code rr} on every move in cycles 1 and 2, costs at 6%, life-years as the effect), as a function
   * of the relative risk, run as an appraisal.
   */
  static Appraisal hiv(double rr) {
    return CohortAppraisal.of(ReferenceModels.hiv(CountingConvention.END, rr), "HIV (Briggs et al. 2006)", BASE,
        Perspective.NHS, "mono");
  }

  static CostUtilityStrategy strategy() {
    return new CostUtilityStrategy("cua", DiscountSchedule.constant(DiscountRate.ofPercent("6")),
        DiscountSchedule.none(), Perspective.NHS, 20_000);
  }

  /** Briggs, Claxton and Sculpher (2006) exercise 2.5: ICER GBP 6,275.95560 per life-year (heemod test_dmhee.R). */
  @Test
  void reproducesTheHivIcerThroughTheEngine() {
    VfmEngine engine = VfmEngine.builder().registerBuiltIns().register(strategy()).build();
    CostUtilityResult r = engine.evaluate(hiv(0.509), "cua", CostUtilityResult.class);
    Figure icer = r.figure("comb", CostUtilityStrategy.ICER);
    assertEquals(6275.95560, ((Figure.Ratio) icer).value().doubleValue(), 5e-6);
    assertEquals("comb", r.table().optimal(20_000));
    Figure inmb = r.figure("comb", CostUtilityStrategy.INMB);
    double dc = 50601.6513312 - 44663.4535637;
    double de = 8.9373889 - 7.9912066;
    assertEquals(20_000 * de - dc, ((Figure.Amount) inmb).cost().amount().amount().doubleValue(), 2e-3);
  }

  @Test
  void tornadoAndPsaRunThroughTheEnginesUncertaintyAnalysis() {
    UncertaintyAnalysis ua = UncertaintyAnalysis.builder((InputValues in) -> hiv(in.get("rr")))
        .strategy(strategy())
        .input(UncertainInput.of("rr", 0.509, 0.365, 0.710, new Distribution.LogNormal(Math.log(0.509),
            (Math.log(0.710) - Math.log(0.365)) / (2 * 1.96))))
        .build();
    SensitivityTables t = ua.oneWay("comb", CostUtilityStrategy.INMB);
    assertEquals(1, t.tornado().size());
    PsaResult psa = ua.psa(PsaSettings.builder().seed(1).iterations(200).threads(2)
        .thresholds(List.of(0.0, 20_000.0)).build());
    assertEquals(2, psa.acceptability().size());
    double p = psa.acceptability().get(1).probabilityBest().get("comb");
    assertTrue(p > 0.5, "combination therapy is cost-effective at 20,000 in most draws: " + p);
  }

  @Test
  void optionsWithoutQalysAreRefused() {
    Appraisal a = Appraisal.builder("no QALYs").priceBase(BASE).horizon(BASE, 1)
        .option(AppraisalOption.builder("x").build()).counterfactual(AppraisalOption.builder("y").build()).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> strategy().evaluate(a));
    assertEquals("Option 'x' has no 'QALY' effect stream: cost-utility needs QALYs on every option", e.getMessage());
  }
}
