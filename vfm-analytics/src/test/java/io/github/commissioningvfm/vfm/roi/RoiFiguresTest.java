package io.github.commissioningvfm.vfm.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.money.PriceBaseMismatchException;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.BenefitStream;
import io.github.commissioningvfm.vfm.appraisal.BenefitValuation;
import io.github.commissioningvfm.vfm.appraisal.CostStream;
import io.github.commissioningvfm.vfm.appraisal.Fixtures;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import io.github.commissioningvfm.vfm.cba.OptimismBias;
import io.github.commissioningvfm.vfm.spi.AppraisalArrays;
import io.github.commissioningvfm.vfm.spi.FastHeadlines;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.HeadlineFigure;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoiFiguresTest {

  private static final String ALTERNATIVE_BASES = "Cannot combine in an alternative's ROI a cost in 2024/25 prices and a cost in 2023/24 prices: rebase one of them to the other's price base "
        + "first, with a price index (e.g. PriceIndexSeries.inflatedTo(cost, FinancialYear.parse(\"2023/24\")) in the "
        + "unit-costs module)";

  private static final FinancialYear YEAR = FinancialYear.parse("2024/25");

  /** One year: cost 100, an avoided-use stream of {@code volume} at {@code unit}, and a direct benefit. */
  private static Appraisal avoided(String volume, String unit, String other) {
    AppraisalOption option = AppraisalOption.builder("option")
        .cost(new CostStream("cost", Perspective.COMMISSIONER, Fixtures.yearly("100")))
        .benefit(BenefitStream.of("beds", Perspective.NHS, true, BenefitValuation.avoidedUse(
            Fixtures.quantities(volume), new SourcedCost(Fixtures.gbp(unit), Provenance.of("test", "2024/25",
                "X", "row")))))
        .benefit(BenefitStream.of("other", Perspective.SOCIETY, false,
            BenefitValuation.direct(Fixtures.yearly(other), "test")))
        .build();
    return Appraisal.builder("break-even test").priceBase(Fixtures.BASE).horizon(Fixtures.BASE, 1).option(option)
        .counterfactual(new AppraisalOption("none", List.of(), List.of(), List.of())).build();
  }

  private static BreakEven breakEven(Appraisal a) {
    return RoiStrategy.undiscounted().evaluate(a).option("option").breakEven().get(0);
  }

  @Test
  void breakEvenWhenTheOtherBenefitsExactlyCoverTheInvestment() {
    BreakEven e = breakEven(avoided("2", "30", "100"));
    assertEquals("the other benefits alone cover the investment", e.note());
    assertEquals(new Figure.Quantity(BigDecimal.ZERO, "units"), e.breakEvenVolume());
    BreakEven more = breakEven(avoided("2", "30", "140"));
    assertEquals("the other benefits alone cover the investment", more.note());
    assertEquals(new Figure.Quantity(BigDecimal.ZERO, "units"), more.breakEvenVolume());
    // (100 - 40) / 30 = 2 units needed
    BreakEven needed = breakEven(avoided("2", "30", "40"));
    assertEquals("volume needed for ROI ratio 1", needed.note());
    assertEquals(0, new BigDecimal("2").compareTo(((Figure.Quantity) needed.breakEvenVolume()).value()));
    assertEquals("beds", needed.stream());
  }

  @Test
  void noBreakEvenWithoutABenefitPerUnit() {
    BreakEven none = breakEven(avoided("0", "30", "10"));
    assertEquals("no break-even volume", none.note());
    assertEquals(new Figure.Undefined("the stream yields no benefit per unit"), none.breakEvenVolume());
    BreakEven free = breakEven(avoided("3", "0", "10"));
    assertEquals("no break-even volume", free.note());
    assertEquals(new Figure.Undefined("the stream yields no benefit per unit"), free.breakEvenVolume());
  }

  @Test
  void copiesKeepTheOtherSettings() {
    RoiStrategy s = RoiStrategy.undiscounted();
    assertEquals(new RoiStrategy("roi", DiscountSchedule.none(), OptimismBias.NONE), s);
    RoiStrategy renamed = s.withId("roi-2");
    assertEquals("roi-2", renamed.id());
    assertEquals(s.schedule(), renamed.schedule());
    DiscountSchedule green = DiscountSchedule.greenBookStandard();
    assertEquals(green, s.withSchedule(green).schedule());
    assertEquals("roi", s.withSchedule(green).id());
    OptimismBias bias = s.withOptimismBias(OptimismBias.NONE).optimismBias();
    assertSame(OptimismBias.NONE, bias);
    assertEquals("Return on investment: ROI ratio and net ROI, total and fiscal, per year, perspective and "
        + "stream (" + DiscountSchedule.none().name() + ")", s.description());
    assertEquals(RoiStrategy.BENEFITS, s.netBenefit().orElseThrow().value());
    assertEquals(RoiStrategy.INVESTMENT, s.netBenefit().orElseThrow().cost());
    assertEquals(RoiResult.class, s.resultType());
  }

  @Test
  void fastHeadlinesAgreeWithTheExactEvaluation() {
    Appraisal a = Fixtures.threeYear();
    Map<Integer, Double> got = new HashMap<>();
    RoiStrategy.undiscounted().fastEvaluator(RoiStrategy.undiscounted().metrics())
        .evaluate(AppraisalArrays.shapedLike(a).write(a), new FastHeadlines.Sink() {
          @Override
          public void defined(int alternative, int metric, double value) {
            got.put(metric, value);
          }

          @Override
          public void undefined(int alternative, int metric) {
            got.put(metric, Double.NaN);
          }
        });
    // investment 300, benefits 900: ratio 3, net 2
    assertEquals(Map.of(0, 3.0, 1, 2.0, 2, 300.0, 3, 900.0), got);
    Appraisal free = Fixtures.oneYear("0", "10");
    Map<Integer, Boolean> defined = new HashMap<>();
    RoiStrategy.undiscounted().fastEvaluator(RoiStrategy.undiscounted().metrics())
        .evaluate(AppraisalArrays.shapedLike(free).write(free), new FastHeadlines.Sink() {
          @Override
          public void defined(int alternative, int metric, double value) {
            defined.put(metric, true);
          }

          @Override
          public void undefined(int alternative, int metric) {
            defined.put(metric, false);
          }
        });
    assertEquals(Map.of(0, false, 1, false, 2, true, 3, true), defined);
  }

  @Test
  void headlinesAndUnknownOption() {
    RoiResult r = RoiStrategy.undiscounted().evaluate(Fixtures.threeYear());
    List<HeadlineFigure> h = r.headlines();
    assertEquals(4, h.size());
    assertEquals(RoiStrategy.ROI_RATIO.id(), h.get(0).metric());
    assertEquals("3.000", h.get(0).figure().toString());
    assertEquals("2.000", h.get(1).figure().toString());
    assertEquals(Figure.amount(Fixtures.gbp("300")), h.get(2).figure());
    assertEquals(Figure.amount(Fixtures.gbp("900")), h.get(3).figure());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.option("cafe"));
    assertEquals("No ROI result for option 'cafe'; options are [service]", e.getMessage());
    assertTrue(r.unvalued().isEmpty());
  }

  @Test
  void figuresPrintAndRefuseRatiosThatDoNotFollow() {
    RoiFigures f = RoiFigures.of("total", Fixtures.gbp("100"), Fixtures.gbp("150"));
    assertEquals("total: ROI ratio 1.500 (" + Fixtures.gbp("150") + " back on " + Fixtures.gbp("100")
        + "); net ROI 0.5000", f.toString());
    IllegalArgumentException ratio = assertThrows(IllegalArgumentException.class,
        () -> new RoiFigures("total", Fixtures.gbp("100"), Fixtures.gbp("150"), new Figure.Ratio(BigDecimal.ONE),
            f.netRoi()));
    assertEquals("Argument 'roiRatio' must follow from the amounts (1.500): 1.000", ratio.getMessage());
    IllegalArgumentException net = assertThrows(IllegalArgumentException.class,
        () -> new RoiFigures("total", Fixtures.gbp("100"), Fixtures.gbp("150"), f.roiRatio(), f.roiRatio()));
    assertEquals("Argument 'netRoi' must follow from the amounts (0.5000): 1.500", net.getMessage());
    Cost older = Cost.of("150", "2023/24");
    PriceBaseMismatchException bases = assertThrows(PriceBaseMismatchException.class,
        () -> new RoiFigures("total", Fixtures.gbp("100"), older, f.roiRatio(), f.netRoi()));
    assertEquals("Cannot combine in ROI figures a cost in 2023/24 prices and a cost in 2024/25 prices: rebase one of them to the other's price base "
        + "first, with a price index (e.g. PriceIndexSeries.inflatedTo(cost, FinancialYear.parse(\"2024/25\")) in the "
        + "unit-costs module)", bases.getMessage());
  }

  private static AlternativeCosting costed(String unit) {
    return new AlternativeCosting.Costed(new SourcedCost(Fixtures.gbp(unit),
        Provenance.of("test", "2024/25", "X", "row")));
  }

  @Test
  void alternativeYearFiguresAndChecks() {
    AlternativeYear y = AlternativeYear.of("GP", YEAR, 4, Optional.of(costed("50")), Fixtures.gbp("25"));
    assertEquals(Optional.of(Fixtures.gbp("50")), y.unitCost());
    assertEquals(Optional.of(Fixtures.gbp("200")), y.avoidedCost());
    assertEquals("2.000", y.roiRatio().toString());
    assertEquals("GP 2024/25: 4 contacts, unit cost " + Fixtures.gbp("50") + " vs " + Fixtures.gbp("25")
        + " per programme contact; ROI ratio 2.000, net ROI 1.000", y.toString());
    AlternativeYear zero = AlternativeYear.of("carer", YEAR, 2,
        Optional.of(new AlternativeCosting.DeclaredZero("unpaid")), Fixtures.gbp("25"));
    assertEquals(Optional.of(Cost.zero(YEAR)), zero.unitCost());
    assertEquals("0", zero.roiRatio().toString());
    AlternativeYear none = AlternativeYear.of("A&E", YEAR, 2, Optional.empty(), Fixtures.gbp("25"));
    assertEquals(Optional.empty(), none.unitCost());
    assertTrue(none.unmapped());
    assertEquals("A&E 2024/25: 2 contacts, unit cost not valued vs " + Fixtures.gbp("25")
        + " per programme contact; ROI ratio undefined: 'A&E' has no unit cost and was not declared zero, "
        + "net ROI undefined: 'A&E' has no unit cost and was not declared zero", none.toString());

    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> new AlternativeYear("GP", YEAR, 4, y.costing(), Optional.empty(), y.programmeCostPerContact(),
            y.roiRatio(), y.netRoi()));
    assertEquals("Argument 'avoidedCost' must be present exactly when costed: Optional.empty", missing.getMessage());
    IllegalArgumentException ratio = assertThrows(IllegalArgumentException.class,
        () -> new AlternativeYear("GP", YEAR, 4, y.costing(), y.avoidedCost(), y.programmeCostPerContact(),
            y.netRoi(), y.netRoi()));
    assertEquals("Argument 'roiRatio' must follow from the unit cost (2.000): 1.000", ratio.getMessage());
    IllegalArgumentException net = assertThrows(IllegalArgumentException.class,
        () -> new AlternativeYear("GP", YEAR, 4, y.costing(), y.avoidedCost(), y.programmeCostPerContact(),
            y.roiRatio(), y.roiRatio()));
    assertEquals("Argument 'netRoi' must follow from the unit cost (1.000): 2.000", net.getMessage());
    PriceBaseMismatchException avoidedBase = assertThrows(PriceBaseMismatchException.class,
        () -> new AlternativeYear("carer", YEAR, 2, zero.costing(), Optional.of(Cost.of("0", "2023/24")),
            zero.programmeCostPerContact(), zero.roiRatio(), zero.netRoi()));
    assertEquals(ALTERNATIVE_BASES, avoidedBase.getMessage());
    PriceBaseMismatchException unitBase = assertThrows(PriceBaseMismatchException.class,
        () -> new AlternativeYear("GP", YEAR, 4, Optional.of(new AlternativeCosting.Costed(new SourcedCost(
            Cost.of("50", "2023/24"), Provenance.of("test", "2023/24", "X", "row")))), y.avoidedCost(),
            y.programmeCostPerContact(), y.roiRatio(), y.netRoi()));
    assertEquals(ALTERNATIVE_BASES, unitBase.getMessage());
  }
}
