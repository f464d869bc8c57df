package io.github.commissioningvfm.vfm.sroi;

import static io.github.commissioningvfm.vfm.appraisal.Fixtures.gbp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.rate.DiscountRate;
import io.github.commissioningvfm.vfm.appraisal.Fixtures;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SROI by hand. No published SROI report with a complete impact map (every quantity, proxy and
 * adjustment) was found to reproduce; the examples are hand-computed from the rules of the Cabinet
 * Office "A guide to Social Return on Investment" (2012), stages 4 and 5.
 */
class SroiTest {

  private static SourcedCost proxy(String amount) {
    return new SourcedCost(gbp(amount), Provenance.userSupplied("test proxy"));
  }

  @Test
  void impactMapByHand() {
    // 10 people x GBP 100, deadweight 20%, displacement 10%, attribution 25%: 1000 x 0.8 x 0.9 x 0.75 = 540;
    // drop-off 50% over 3 years: 540, 270, 135; PV at 3.5% from year 1: 540/1.035 + 270/1.035^2 + 135/1.035^3
    ImpactMapRow row = ImpactMapRow.builder("participants", "fewer crises").indicator("self-report")
        .quantity("10").financialProxy(proxy("100")).durationYears(3).adjustments("0.2", "0.1", "0.25", "0.5").build();
    assertEquals(0, new BigDecimal("540").compareTo(row.impact().amount().amount()));
    BigDecimal r = new BigDecimal("1.035");
    BigDecimal pv = new BigDecimal("540").divide(r, MathContext.DECIMAL128)
        .add(new BigDecimal("270").divide(r.pow(2), MathContext.DECIMAL128))
        .add(new BigDecimal("135").divide(r.pow(3), MathContext.DECIMAL128));
    SroiResult result = new ImpactMap("test", gbp("500"), List.of(row))
        .evaluate(DiscountSchedule.constant(DiscountRate.ofPercent("3.5")));
    SroiAccount a = result.accounts().get(0);
    assertEquals(pv.setScale(6, RoundingMode.HALF_UP), a.totalPresentValue().amount().amount().setScale(6, RoundingMode.HALF_UP));
    // ratio = pv / 500 (= 1.8300...); net = ratio - 1
    assertEquals(0, pv.divide(new BigDecimal("500"), MathContext.DECIMAL128)
        .compareTo(((io.github.commissioningvfm.vfm.spi.Figure.Ratio) a.sroiRatio()).value()));
    assertEquals(0, pv.divide(new BigDecimal("500"), MathContext.DECIMAL128).subtract(BigDecimal.ONE)
        .compareTo(((io.github.commissioningvfm.vfm.spi.Figure.Ratio) a.netSroiRatio()).value()));
  }

  @Test
  void zeroInvestmentIsUndefined() {
    ImpactMapRow row = ImpactMapRow.builder("s", "o").quantity("1").financialProxy(proxy("10")).build();
    SroiAccount a = new ImpactMap("t", gbp("0"), List.of(row)).evaluate(DiscountSchedule.none()).accounts().get(0);
    assertEquals("undefined: the investment is zero", a.sroiRatio().toString());
  }

  @Test
  void negativeQuantityIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ImpactMapRow.builder("s", "o").quantity("-1").financialProxy(proxy("10")).build());
    assertEquals("Argument 'quantity' must not be negative: -1", e.getMessage());
  }

  @Test
  void strategyOnAnAppraisal() {
    // three-year fixture, undiscounted: benefits 750 + 150 = 900 over investment 300 -> SROI 3, net 2
    SroiResult r = new SroiStrategy("sroi", DiscountSchedule.none()).evaluate(Fixtures.threeYear());
    assertEquals("3.000", r.accounts().get(0).sroiRatio().toString());
    assertEquals("2.000", r.accounts().get(0).netSroiRatio().toString());
    assertEquals("NHS", r.accounts().get(0).lines().get(0).stakeholder());
  }
}
