package io.github.commissioningvfm.vfm.roi;

import io.github.commissioningvfm.vfm.spi.Figure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioningvfm.vfm.appraisal.Fixtures;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RoiStrategyTest {

  @Test
  void bothDefinitionsLabelled() {
    // investment 300; benefits 750 + 150 = 900; ROI ratio 3; net ROI 2
    RoiResult r = RoiStrategy.undiscounted().evaluate(Fixtures.threeYear());
    RoiOptionResult o = r.option("service");
    assertEquals("3.000", o.total().roiRatio().toString());
    assertEquals("2.000", o.total().netRoi().toString());
    // fiscal: cashable only = 750 / 300 = 2.5
    assertEquals("2.500", o.fiscal().roiRatio().toString());
    assertEquals("fiscal (cashable only)", o.fiscal().label());
  }

  @Test
  void safeHavenStyleRatioOf115IsNet15Percent() {
    // the domain's "ROI 15%": GBP 1.15 back per GBP 1 -> ratio 1.15, net 0.15
    RoiResult r = RoiStrategy.undiscounted().evaluate(Fixtures.oneYear("100", "115"));
    assertEquals("1.150", r.option("option").total().roiRatio().toString());
    assertEquals("0.1500", r.option("option").total().netRoi().toString());
  }

  @Test
  void zeroCostIsUndefinedWithReasonNeverNaN() {
    RoiResult r = RoiStrategy.undiscounted().evaluate(Fixtures.oneYear("0", "10"));
    assertEquals("undefined: the investment (incremental cost) is zero", r.option("option").total().roiRatio().toString());
    assertEquals("undefined: the investment (incremental cost) is zero", r.option("option").total().netRoi().toString());
  }

  @Test
  void perYearPerPerspectivePerStream() {
    RoiOptionResult o = RoiStrategy.undiscounted().evaluate(Fixtures.threeYear()).option("service");
    assertEquals(3, o.perYear().size());
    assertEquals("year 1 (2025/26)", o.perYear().get(1).label());
    assertEquals("3.000", o.perYear().get(1).roiRatio().toString());
    // the commissioner bears 300 and receives nothing: ratio 0; the NHS bears nothing: undefined
    RoiFigures commissioner = o.perPerspective().stream().filter(f -> f.label().equals("perspective COMMISSIONER"))
        .findFirst().orElseThrow();
    assertEquals("0", commissioner.roiRatio().toString());
    RoiFigures nhs = o.perPerspective().stream().filter(f -> f.label().equals("perspective NHS")).findFirst().orElseThrow();
    assertEquals("undefined: the investment (incremental cost) is zero", nhs.roiRatio().toString());
    // per stream: A&E 750 / 300 = 2.5; wellbeing 150 / 300 = 0.5
    assertEquals("2.500", o.perStream().get(0).roiRatio().toString());
    assertEquals("0.5000", o.perStream().get(1).roiRatio().toString());
  }

  @Test
  void againstEachAlternativeInTurn() {
    // three options: status quo (cost 0), phone line (cost 100, benefit 150), cafe (cost 300, benefit 360)
    io.github.commissioningvfm.vfm.appraisal.Appraisal a = io.github.commissioningvfm.vfm.appraisal.Appraisal
        .builder("three").priceBase(Fixtures.BASE).horizon(Fixtures.BASE, 1)
        .option(option("phone line", "100", "150")).option(option("cafe", "300", "360"))
        .counterfactual(new io.github.commissioningvfm.vfm.appraisal.AppraisalOption("status quo",
            java.util.List.of(), java.util.List.of(), java.util.List.of()))
        .build();
    // cafe vs status quo: 360 / 300 = 1.2; cafe vs phone line: (360 - 150) / (300 - 100) = 1.05
    assertEquals("1.200", RoiStrategy.undiscounted().evaluate(a).option("cafe").total().roiRatio().toString());
    RoiResult vsLine = RoiStrategy.undiscounted().evaluate(a.withCounterfactual("phone line"));
    assertEquals("1.050", vsLine.option("cafe").total().roiRatio().toString());
    assertEquals("phone line", vsLine.counterfactual());
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> a.withCounterfactual("bus"));
    assertEquals("Appraisal 'three' has no option 'bus'; options are [phone line, cafe, status quo]", e.getMessage());
  }

  private static io.github.commissioningvfm.vfm.appraisal.AppraisalOption option(String name, String cost,
      String benefit) {
    return io.github.commissioningvfm.vfm.appraisal.AppraisalOption.builder(name)
        .cost(new io.github.commissioningvfm.vfm.appraisal.CostStream("c",
            io.github.commissioningvfm.vfm.appraisal.Perspective.COMMISSIONER, Fixtures.yearly(cost)))
        .benefit(io.github.commissioningvfm.vfm.appraisal.BenefitStream.of("b",
            io.github.commissioningvfm.vfm.appraisal.Perspective.NHS, true,
            io.github.commissioningvfm.vfm.appraisal.BenefitValuation.direct(Fixtures.yearly(benefit), "x")))
        .build();
  }

  @Test
  void breakEvenVolumeByHand() {
    // investment 300; other benefits 150; each attendance is worth 250 -> (300 - 150) / 250 = 0.6 attendances
    RoiOptionResult o = RoiStrategy.undiscounted().evaluate(Fixtures.threeYear()).option("service");
    assertEquals(1, o.breakEven().size());
    assertEquals(0, new BigDecimal("0.6").compareTo(((Figure.Quantity) o.breakEven().get(0).breakEvenVolume()).value()));
    assertEquals(0, new BigDecimal("3").compareTo(o.breakEven().get(0).actualVolume()));
  }
}
