package io.github.commissioningvfm.vfm.cua.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.rate.DiscountRate;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.CostStream;
import io.github.commissioningvfm.vfm.appraisal.EffectStream;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import io.github.commissioningvfm.vfm.cua.CohortAppraisal;
import io.github.commissioningvfm.vfm.engine.VfmEngine;
import io.github.commissioningvfm.vfm.markov.CountingConvention;
import io.github.commissioningvfm.vfm.markov.MarkovModel;
import io.github.commissioningvfm.vfm.markov.ReferenceModels;
import io.github.commissioningvfm.vfm.spi.Cell;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import io.github.commissioningvfm.vfm.uncertainty.Distribution;
import io.github.commissioningvfm.vfm.uncertainty.InputValues;
import io.github.commissioningvfm.vfm.uncertainty.PsaResult;
import io.github.commissioningvfm.vfm.uncertainty.PsaSettings;
import io.github.commissioningvfm.vfm.uncertainty.SensitivityTables;
import io.github.commissioningvfm.vfm.uncertainty.UncertainInput;
import io.github.commissioningvfm.vfm.uncertainty.UncertaintyAnalysis;
import java.math.BigDecimal;
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

  /**
   * One year, no discounting, the counterfactual listed second and life-years listed before QALYs.
   * Against usual care (GBP 1,000, 1.0 QALY): the pathway (GBP 5,000, 1.2 QALYs) has dC = 4,000,
   * dE = 0.2, ICER = 20,000 and INMB = 30,000 x 0.2 - 4,000 = 2,000 at GBP 30,000 per QALY; the
   * costly option (GBP 6,000, 1.1 QALYs) is dominated by the pathway, and against usual care has
   * dC = 5,000, dE = 0.1, INMB = 3,000 - 5,000 = -2,000.
   */
  static Appraisal threeOptions() {
    return Appraisal.builder("QALYs and life-years").priceBase(BASE).horizon(BASE, 1)
        .option(option("pathway", "5000", "2.0", "1.2"))
        .counterfactual(option("usual care", "1000", "1.5", "1.0"))
        .option(option("costly", "6000", "1.4", "1.1")).build();
  }

  private static AppraisalOption option(String name, String cost, String lifeYears, String qalys) {
    return AppraisalOption.builder(name).cost(new CostStream("service", Perspective.NHS, List.of(Cost.of(cost, BASE))))
        .effect(new EffectStream("life-years", List.of(new BigDecimal(lifeYears))))
        .effect(new EffectStream(CohortAppraisal.QALY, List.of(new BigDecimal(qalys)))).build();
  }

  private static double amount(Figure f) {
    return ((Figure.Amount) f).cost().amount().amount().doubleValue();
  }

  @Test
  void headlinesAreAgainstTheCounterfactualWhereverItIsListed() {
    CostUtilityStrategy cua = new CostUtilityStrategy("cua", DiscountSchedule.none(), DiscountSchedule.none(),
        Perspective.NHS, 30_000);
    CostUtilityResult r = cua.evaluate(threeOptions());
    assertEquals(4000, amount(r.figure("pathway", CostUtilityStrategy.INCREMENTAL_COST)), 0);
    assertEquals(0, new BigDecimal("0.2").compareTo(
        ((Figure.Quantity) r.figure("pathway", CostUtilityStrategy.INCREMENTAL_QALYS)).value()));
    assertEquals(20_000, ((Figure.Ratio) r.figure("pathway", CostUtilityStrategy.ICER)).value().doubleValue(), 1e-9);
    assertEquals(2000, amount(r.figure("pathway", CostUtilityStrategy.INMB)), 0);
    assertEquals(5000, amount(r.figure("costly", CostUtilityStrategy.INCREMENTAL_COST)), 0);
    assertEquals(-2000, amount(r.figure("costly", CostUtilityStrategy.INMB)), 0);
    assertEquals(8, r.headlines().size());
    assertEquals("Net monetary benefit at GBP 30000.0 per QALY", r.assumptions().get(r.assumptions().size() - 1));
  }

  @Test
  void theTableListsTheFrontierWithItsIncrementsThenTheDominated() {
    CostUtilityResult r = new CostUtilityStrategy("cua", DiscountSchedule.none(), DiscountSchedule.none(),
        Perspective.NHS, 30_000).evaluate(threeOptions());
    List<ResultTable> tables = r.tables();
    assertEquals(1, tables.size());
    ResultTable t = tables.get(0);
    assertEquals("Cost-utility: incremental analysis (per person)", t.title());
    assertEquals(List.of("option", "PV cost", "PV QALYs", "incremental cost", "incremental QALYs", "ICER", "status"),
        t.columns());
    List<List<String>> text = t.rows().stream().map(row -> row.stream().map(c -> ((Cell.Text) c).text()).toList())
        .toList();
    assertEquals(List.of(
        List.of("usual care", "£1,000.00", "1.0000", "-", "-", "-", "NON_DOMINATED"),
        List.of("pathway", "£5,000.00", "1.2000", "£4,000.00", "0.2000", "£20,000.00", "NON_DOMINATED"),
        List.of("costly", "£6,000.00", "1.1000", "-", "-", "-", "DOMINATED")), text);
    assertEquals("CostUtilityResult[QALYs and life-years, counterfactual 'usual care']\n" + r.table(), r.toString());
  }

  /**
   * NICE health technology evaluations manual (PMG36, 2022): 3.5% a year for costs and health effects,
   * and GBP 20,000 per QALY, the lower end of its range.
   */
  @Test
  void theNiceReferenceCaseIsTheServiceLoadersDefault() {
    CostUtilityStrategy nice = CostUtilityStrategy.nice();
    assertEquals(new CostUtilityStrategy(), nice);
    assertEquals(new CostUtilityStrategy("cua", MarkovModel.niceReferenceCase(), MarkovModel.niceReferenceCase(),
        Perspective.NHS, 20_000), nice);
    assertEquals(new CostUtilityStrategy("cua", MarkovModel.niceReferenceCase(), MarkovModel.niceReferenceCase(),
        Perspective.NHS, 30_000), nice.withThreshold(30_000));
    assertEquals("Cost-utility: incremental analysis by cost and QALYs, ICERs and net monetary benefit at GBP "
        + "30000.0 per QALY", nice.withThreshold(30_000).description());
  }
}
