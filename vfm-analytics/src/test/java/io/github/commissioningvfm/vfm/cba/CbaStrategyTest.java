package io.github.commissioningvfm.vfm.cba;

import io.github.commissioningvfm.vfm.spi.Figure;
import static io.github.commissioningvfm.vfm.appraisal.Fixtures.gbp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.rate.DiscountRate;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.Fixtures;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class CbaStrategyTest {

  private static void assertAmount(String expected, Cost actual) {
    assertEquals(new BigDecimal(expected).setScale(2, RoundingMode.HALF_UP),
        actual.amount().amount().setScale(2, RoundingMode.HALF_UP));
  }

  @Test
  void threeYearAppraisalByHand() {
    // costs 100 a year, benefits 250 + 50 = 300 a year, discounted at 3.5%:
    // D = 1, 1/1.035 = 0.966184, 1/1.035^2 = 0.933511; sum = 2.899695
    // PV costs = 289.97, PV benefits = 869.91, NPSV = 579.94, BCR = 3
    Appraisal a = Fixtures.threeYear();
    CbaResult r = CbaStrategy.greenBook().evaluate(a);
    BigDecimal sum = BigDecimal.ONE.add(BigDecimal.ONE.divide(new BigDecimal("1.035"), MathContext.DECIMAL128))
        .add(BigDecimal.ONE.divide(new BigDecimal("1.035").pow(2), MathContext.DECIMAL128));
    CbaOptionResult o = r.option("service");
    assertAmount(sum.multiply(new BigDecimal("100")).toPlainString(), o.pvCosts());
    assertAmount("289.97", o.pvCosts());
    assertAmount("869.91", o.pvBenefits());
    assertAmount("579.94", o.npsv());
    assertEquals(0, new BigDecimal("3").compareTo(((Figure.Ratio) o.bcr()).value()));
    assertEquals(new Figure.Count(0), o.paybackYear());
  }

  @Test
  void optimismBiasUpliftsCostsOfTheOptionOnly() {
    // +50%: PV costs 289.97 x 1.5 = 434.95; BCR = 869.91 / 434.95 = 2
    CbaResult r = CbaStrategy.greenBook().withOptimismBias(OptimismBias.ofPercent("50", "test"))
        .evaluate(Fixtures.threeYear());
    assertAmount("434.95", r.option("service").pvCosts());
    assertEquals("2.000", r.option("service").bcr().toString());
    assertAmount("0", r.counterfactualPvCosts());
    assertTrue(r.sources().stream().anyMatch(s -> s.kind() == SourceReference.Kind.OPTIMISM_BIAS
        && s.description().equals("optimism bias +50% (test)")));
  }

  @Test
  void perspectivesShowCostShifting() {
    // undiscounted: the commissioner pays 300, the NHS saves 750, society gets 150 more
    CbaResult r = CbaStrategy.greenBook().withSchedule(DiscountSchedule.none()).evaluate(Fixtures.threeYear());
    var byPerspective = r.option("service").perspectives();
    PerspectiveNet commissioner = byPerspective.stream().filter(p -> p.perspective() == Perspective.COMMISSIONER)
        .findFirst().orElseThrow();
    PerspectiveNet nhs = byPerspective.stream().filter(p -> p.perspective() == Perspective.NHS).findFirst().orElseThrow();
    PerspectiveNet society = byPerspective.stream().filter(p -> p.perspective() == Perspective.SOCIETY)
        .findFirst().orElseThrow();
    assertAmount("-300", commissioner.net());
    assertAmount("750", nhs.net());
    assertAmount("600", society.net());
  }

  @Test
  void paybackYearWhenCostsComeFirst() {
    // year 0 cost 200, benefit 0; years 1-2 benefit 150; undiscounted cumulative: -200, -50, 100 -> year 2
    Appraisal a = Appraisal.builder("p").priceBase(Fixtures.BASE).horizon(Fixtures.BASE, 3)
        .option(io.github.commissioningvfm.vfm.appraisal.AppraisalOption.builder("o")
            .cost(new io.github.commissioningvfm.vfm.appraisal.CostStream("c", Perspective.NHS,
                Fixtures.yearly("200", "0", "0")))
            .benefit(io.github.commissioningvfm.vfm.appraisal.BenefitStream.of("b", Perspective.NHS, true,
                io.github.commissioningvfm.vfm.appraisal.BenefitValuation.direct(Fixtures.yearly("0", "150", "150"), "x")))
            .build())
        .counterfactual(new io.github.commissioningvfm.vfm.appraisal.AppraisalOption("none", java.util.List.of(),
            java.util.List.of(), java.util.List.of()))
        .build();
    CbaResult r = CbaStrategy.greenBook().withSchedule(DiscountSchedule.none()).evaluate(a);
    assertEquals(new Figure.Count(2), r.option("o").paybackYear());
    // at 50% a year: -200 + 100 + 66.67 < 0 -> not within horizon
    CbaResult steep = CbaStrategy.greenBook()
        .withSchedule(DiscountSchedule.constant(DiscountRate.ofPercent("50"))).evaluate(a);
    assertEquals("undefined: not paid back within the horizon", steep.option("o").paybackYear().toString());
  }

  @Test
  void zeroIncrementalCostGivesUndefinedBcrWithReason() {
    CbaResult r = CbaStrategy.greenBook().evaluate(Fixtures.oneYear("0", "10"));
    assertEquals("undefined: the incremental present value of costs is zero", r.option("option").bcr().toString());
  }

  @Test
  void resultListsSources() {
    CbaResult r = CbaStrategy.greenBook().evaluate(Fixtures.threeYear());
    assertEquals(SourceReference.Kind.UNIT_COST, r.sources().get(0).kind());
    assertEquals("NHS National Cost Collection 2023/24, VB08Z (test row)", r.sources().get(0).description());
    assertTrue(r.sources().stream().anyMatch(s -> s.kind() == SourceReference.Kind.DISCOUNT_SCHEDULE
        && s.description().startsWith("Green Book standard (3.5% declining)")));
    assertEquals(gbp("0"), Cost.zero(Fixtures.BASE));
  }

  @Test
  void rebasingIndexIsListedAmongTheSources() {
    Appraisal base = Fixtures.threeYear();
    Appraisal.Builder b = Appraisal.builder("rebased").priceBase(Fixtures.BASE).horizon(Fixtures.BASE, 3)
        .rebasedWith(io.github.commissioningvfm.model.provenance.Provenance.of("NHS Cost Inflation Index", "2024",
            "NHSCII pay and prices", "PSSRU 2024 manual"))
        .assumption("unit costs uprated from 2023/24 to 2024/25");
    base.options().forEach(b::option);
    CbaResult r = CbaStrategy.greenBook().evaluate(b.counterfactual("status quo").build());
    assertTrue(r.sources().contains(new SourceReference(SourceReference.Kind.PRICE_INDEX,
        "NHS Cost Inflation Index 2024, NHSCII pay and prices (PSSRU 2024 manual)")));
    assertEquals("unit costs uprated from 2023/24 to 2024/25", r.assumptions().get(0));
  }
}
