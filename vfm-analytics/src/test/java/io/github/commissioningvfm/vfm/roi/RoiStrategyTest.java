package io.github.commissioningvfm.vfm.roi;

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
    assertEquals("3.0000", o.total().roiRatio().display());
    assertEquals("2.0000", o.total().netRoi().display());
    // fiscal: cashable only = 750 / 300 = 2.5
    assertEquals("2.5000", o.fiscal().roiRatio().display());
    assertEquals("fiscal (cashable only)", o.fiscal().label());
  }

  @Test
  void safeHavenStyleRatioOf115IsNet15Percent() {
    // the domain's "ROI 15%": GBP 1.15 back per GBP 1 -> ratio 1.15, net 0.15
    RoiResult r = RoiStrategy.undiscounted().evaluate(Fixtures.oneYear("100", "115"));
    assertEquals("1.1500", r.option("option").total().roiRatio().display());
    assertEquals("0.1500", r.option("option").total().netRoi().display());
  }

  @Test
  void zeroCostIsUndefinedWithReasonNeverNaN() {
    RoiResult r = RoiStrategy.undiscounted().evaluate(Fixtures.oneYear("0", "10"));
    assertEquals("undefined: the investment (incremental cost) is zero", r.option("option").total().roiRatio().display());
    assertEquals("undefined: the investment (incremental cost) is zero", r.option("option").total().netRoi().display());
  }

  @Test
  void perYearPerPerspectivePerStream() {
    RoiOptionResult o = RoiStrategy.undiscounted().evaluate(Fixtures.threeYear()).option("service");
    assertEquals(3, o.perYear().size());
    assertEquals("year 1 (2025/26)", o.perYear().get(1).label());
    assertEquals("3.0000", o.perYear().get(1).roiRatio().display());
    // the commissioner bears 300 and receives nothing: ratio 0; the NHS bears nothing: undefined
    RoiFigures commissioner = o.perPerspective().stream().filter(f -> f.label().equals("perspective COMMISSIONER"))
        .findFirst().orElseThrow();
    assertEquals("0.0000", commissioner.roiRatio().display());
    RoiFigures nhs = o.perPerspective().stream().filter(f -> f.label().equals("perspective NHS")).findFirst().orElseThrow();
    assertEquals("undefined: the investment (incremental cost) is zero", nhs.roiRatio().display());
    // per stream: A&E 750 / 300 = 2.5; wellbeing 150 / 300 = 0.5
    assertEquals("2.5000", o.perStream().get(0).roiRatio().display());
    assertEquals("0.5000", o.perStream().get(1).roiRatio().display());
  }

  @Test
  void breakEvenVolumeByHand() {
    // investment 300; other benefits 150; each attendance is worth 250 -> (300 - 150) / 250 = 0.6 attendances
    RoiOptionResult o = RoiStrategy.undiscounted().evaluate(Fixtures.threeYear()).option("service");
    assertEquals(1, o.breakEven().size());
    assertEquals(0, new BigDecimal("0.6").compareTo(o.breakEven().get(0).breakEvenVolume().orElseThrow()));
    assertEquals(0, new BigDecimal("3").compareTo(o.breakEven().get(0).actualVolume()));
  }
}
