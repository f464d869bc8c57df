package io.github.commissioningvfm.vfm.appraisal;

import static io.github.commissioningvfm.vfm.appraisal.Fixtures.BASE;
import static io.github.commissioningvfm.vfm.appraisal.Fixtures.gbp;
import static io.github.commissioningvfm.vfm.appraisal.Fixtures.yearly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppraisalTest {

  private static AppraisalOption none() {
    return new AppraisalOption("status quo", List.of(), List.of(), List.of());
  }

  @Test
  void needsTwoOptions() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Appraisal.builder("a").priceBase(BASE).horizon(BASE, 1).counterfactual(none()).build());
    assertEquals("Appraisal 'a' must have at least two options (the intervention and the counterfactual), found 1",
        e.getMessage());
  }

  @Test
  void mismatchedHorizonNamesOptionAndStream() {
    AppraisalOption o = AppraisalOption.builder("service")
        .cost(new CostStream("staff", Perspective.COMMISSIONER, yearly("1", "2"))).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Appraisal.builder("a").priceBase(BASE).horizon(BASE, 3).option(o).counterfactual(none()).build());
    assertEquals("Option 'service', cost stream 'staff': has 2 yearly amounts but the appraisal horizon is 3 years",
        e.getMessage());
  }

  @Test
  void mismatchedPriceBaseNamesOptionStreamAndYear() {
    io.github.commissioningvfm.model.money.PriceBaseMismatchException mixed = assertThrows(
        io.github.commissioningvfm.model.money.PriceBaseMismatchException.class,
        () -> BenefitValuation.direct(List.of(gbp("1"), Cost.of("2", "2023/24")), "x"));
    assertTrue(mixed.getMessage().startsWith("Cannot combine in one benefit valuation a cost in 2023/24 prices and a "
        + "cost in 2024/25 prices"), mixed.getMessage());
    AppraisalOption o = AppraisalOption.builder("service")
        .benefit(BenefitStream.of("A&E", Perspective.NHS, true,
            BenefitValuation.direct(List.of(Cost.of("1", "2023/24"), Cost.of("2", "2023/24")), "x")))
        .build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Appraisal.builder("a").priceBase(BASE).horizon(BASE, 2).option(o).counterfactual(none()).build());
    assertEquals("Option 'service', benefit stream 'A&E', year 0: amount is in 2023/24 prices but the appraisal's "
        + "price base is 2024/25; rebase it with a price index first", e.getMessage());
  }

  @Test
  void negativeCostNamesStreamAndYear() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CostStream("staff", Perspective.NHS, yearly("1", "-3")));
    assertEquals("Cost stream 'staff', year 1: amount must not be negative: -£3.00", e.getMessage());
  }

  @Test
  void unknownCounterfactualListsOptions() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Appraisal.builder("a").priceBase(BASE).horizon(BASE, 1)
            .option(none()).option(new AppraisalOption("x", List.of(), List.of(), List.of()))
            .counterfactual("y").build());
    assertEquals("Appraisal 'a': counterfactual 'y' is not one of the options [status quo, x]", e.getMessage());
  }

  @Test
  void duplicateStreamNamesAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AppraisalOption.builder("o").cost(new CostStream("s", Perspective.NHS, yearly("1")))
            .cost(new CostStream("s", Perspective.NHS, yearly("1"))).build());
    assertEquals("Option 'o': cost stream 's' appears twice", e.getMessage());
  }

  @Test
  void avoidedUseIsVolumeTimesUnitCostWithProvenance() {
    SourcedCost unit = new SourcedCost(gbp("250"), Provenance.of("NCC", "2023/24", "VB08Z", ""));
    BenefitValuation.Quantified q = BenefitValuation.avoidedUse(Fixtures.quantities("3", "0.5"), unit);
    // 3 x 250 = 750; 0.5 x 250 = 125
    assertEquals(List.of(gbp("750"), gbp("125")), q.grossAmounts());
    assertEquals("NCC 2023/24, VB08Z", q.provenance().describe());
    assertEquals(new BigDecimal("3.5"), q.totalQuantity());
  }

  @Test
  void negativeQuantityNamesYear() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BenefitValuation.avoidedUse(Fixtures.quantities("1", "-2"), Fixtures.aeUnitCost()));
    assertEquals("Argument 'quantities' must not be negative in year 1: -2", e.getMessage());
  }

  @Test
  void impactAdjustmentsByHand() {
    // deadweight 20%, attribution 10%, displacement 5%, drop-off 50%, gross 1000 a year:
    // year 0: 1000 x 0.8 x 0.9 x 0.95 = 684; year 1: 684 x 0.5 = 342; year 2: 684 x 0.25 = 171
    ImpactAdjustments adj = ImpactAdjustments.of("0.2", "0.1", "0.05", "0.5");
    BenefitStream s = new BenefitStream("b", Perspective.NHS, true,
        BenefitValuation.direct(yearly("1000", "1000", "1000"), "x"), adj);
    List<Cost> net = s.netAmounts();
    assertEquals(0, new BigDecimal("684").compareTo(net.get(0).amount().amount()));
    assertEquals(0, new BigDecimal("342").compareTo(net.get(1).amount().amount()));
    assertEquals(0, new BigDecimal("171").compareTo(net.get(2).amount().amount()));
  }

  @Test
  void eachAdjustmentAloneByHand() {
    BenefitValuation v = BenefitValuation.direct(yearly("200", "200"), "x");
    // deadweight 25%: 200 x 0.75 = 150
    assertEquals(0, new BigDecimal("150").compareTo(new BenefitStream("b", Perspective.NHS, true, v,
        ImpactAdjustments.of("0.25", "0", "0", "0")).netAmounts().get(1).amount().amount()));
    // attribution 40%: 200 x 0.6 = 120
    assertEquals(0, new BigDecimal("120").compareTo(new BenefitStream("b", Perspective.NHS, true, v,
        ImpactAdjustments.of("0", "0.4", "0", "0")).netAmounts().get(1).amount().amount()));
    // displacement 10%: 200 x 0.9 = 180
    assertEquals(0, new BigDecimal("180").compareTo(new BenefitStream("b", Perspective.NHS, true, v,
        ImpactAdjustments.of("0", "0", "0.1", "0")).netAmounts().get(1).amount().amount()));
    // drop-off 30%: year 0 unchanged 200, year 1 200 x 0.7 = 140
    List<Cost> dropped = new BenefitStream("b", Perspective.NHS, true, v,
        ImpactAdjustments.of("0", "0", "0", "0.3")).netAmounts();
    assertEquals(0, new BigDecimal("200").compareTo(dropped.get(0).amount().amount()));
    assertEquals(0, new BigDecimal("140").compareTo(dropped.get(1).amount().amount()));
  }

  @Test
  void adjustmentOutsideZeroToOneIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ImpactAdjustments.of("1.2", "0", "0", "0"));
    assertEquals("Argument 'fraction' must be between 0 and 1: 1.2", e.getMessage());
  }

  @Test
  void perspectivesIncludeTheRightParties() {
    assertEquals(true, Perspective.SOCIETY.includes(Perspective.SOCIETY));
    assertEquals(true, Perspective.WIDER_PUBLIC_SECTOR.includes(Perspective.NHS));
    assertEquals(false, Perspective.WIDER_PUBLIC_SECTOR.includes(Perspective.SOCIETY));
    assertEquals(false, Perspective.NHS.includes(Perspective.COMMISSIONER));
  }

  @Test
  void financialYearsRunOverTheHorizonOnly() {
    Appraisal a = Fixtures.threeYear();
    assertEquals(FinancialYear.parse("2024/25"), a.financialYear(0));
    assertEquals(FinancialYear.parse("2026/27"), a.financialYear(2));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.financialYear(3));
    assertEquals("Argument 'year' must be between 0 and 2: 3", e.getMessage());
  }

  @Test
  void priceBaseOfAYearIsCheckedAgainstTheYearsValued() {
    BenefitValuation.Quantified q = BenefitValuation.avoidedUse(Fixtures.quantities("1", "2"), Fixtures.aeUnitCost());
    assertEquals(BASE, q.priceBaseOfYear(1));
    IllegalArgumentException quantified = assertThrows(IllegalArgumentException.class, () -> q.priceBaseOfYear(2));
    assertEquals("Argument 'year' must be between 0 and 1: 2", quantified.getMessage());
    BenefitValuation d = BenefitValuation.direct(List.of(Cost.of("1", "2023/24"), Cost.of("2", "2023/24")), "x");
    assertEquals(FinancialYear.parse("2023/24"), d.priceBaseOfYear(1));
    IllegalArgumentException direct = assertThrows(IllegalArgumentException.class, () -> d.priceBaseOfYear(2));
    assertEquals("Argument 'year' must be between 0 and 1: 2", direct.getMessage());
  }

  @Test
  void negativeDirectAmountNamesYear() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BenefitValuation.direct(yearly("5", "-2"), "x"));
    assertEquals("Argument 'amounts' must not be negative in year 1: -£2.00", e.getMessage());
  }

  @Test
  void outcomeChangeIsChangeTimesValuePerUnit() {
    // 2 WELLBYs and 0.5 WELLBY valued at 100 each: 200 and 50
    SourcedCost perWellby = new SourcedCost(gbp("100"), Provenance.of("test value", "2024", "WELLBY", ""));
    BenefitValuation.Quantified q = BenefitValuation.outcomeChange(Fixtures.quantities("2", "0.5"), perWellby);
    assertEquals(BenefitValuation.QuantityKind.OUTCOME_CHANGE, q.kind());
    assertEquals(List.of(gbp("200"), gbp("50")), q.grossAmounts());
    assertEquals(2, q.years());
  }

  @Test
  void streamCopiesAndYears() {
    BenefitStream s = BenefitStream.of("b", Perspective.NHS, true, BenefitValuation.direct(yearly("10", "10", "10"), "x"));
    assertEquals(3, s.years());
    ImpactAdjustments half = ImpactAdjustments.of("0.5", "0", "0", "0");
    BenefitStream adjusted = s.withAdjustments(half);
    assertEquals(new BenefitStream("b", Perspective.NHS, true, s.valuation(), half), adjusted);
    // 10 x (1 - 0.5) = 5 a year
    assertEquals(0, new BigDecimal("5").compareTo(adjusted.netAmounts().get(2).amount().amount()));
  }

  @Test
  void adjustmentsDescribeThemselves() {
    assertEquals("deadweight 20%, attribution 10%, displacement 0%, drop-off 5%",
        ImpactAdjustments.of("0.2", "0.1", "0", "0.05").describe());
  }

  @Test
  void effectTotalIsTheUndiscountedSum() {
    // 4 + 2.5 - 1 = 5.5 (a negative year is a worse outcome)
    assertEquals(0, new BigDecimal("5.5").compareTo(
        new EffectStream("m", Fixtures.quantities("4", "2.5", "-1")).total()));
  }

  @Test
  void perspectivesHaveLabels() {
    assertEquals(List.of("commissioner", "NHS", "local authority", "wider public sector", "society"),
        java.util.Arrays.stream(Perspective.values()).map(Perspective::label).toList());
  }

  @Test
  void duplicateBenefitStreamsAndEffectMeasuresAreRefused() {
    BenefitStream b = BenefitStream.of("b", Perspective.NHS, true, BenefitValuation.direct(yearly("1"), "x"));
    IllegalArgumentException benefits = assertThrows(IllegalArgumentException.class,
        () -> AppraisalOption.builder("o").benefit(b).benefit(b).build());
    assertEquals("Option 'o': benefit stream 'b' appears twice", benefits.getMessage());
    EffectStream e = new EffectStream("m", Fixtures.quantities("1"));
    IllegalArgumentException effects = assertThrows(IllegalArgumentException.class,
        () -> AppraisalOption.builder("o").effect(e).effect(e).build());
    assertEquals("Option 'o': effect measure 'm' appears twice", effects.getMessage());
  }

  @Test
  void effectIsFoundByMeasure() {
    EffectStream first = new EffectStream("first", Fixtures.quantities("1"));
    EffectStream second = new EffectStream("second", Fixtures.quantities("2"));
    AppraisalOption o = AppraisalOption.builder("o").effect(first).effect(second).build();
    assertEquals(java.util.Optional.of(second), o.effect("second"));
    assertEquals(java.util.Optional.empty(), o.effect("third"));
  }
}
