package io.github.commissioningvfm.vfm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.BigMoney;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.BenefitStream;
import io.github.commissioningvfm.vfm.appraisal.BenefitValuation;
import io.github.commissioningvfm.vfm.appraisal.CostStream;
import io.github.commissioningvfm.vfm.appraisal.ImpactAdjustments;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.cba.CbaResult;
import io.github.commissioningvfm.vfm.cba.CbaStrategy;
import io.github.commissioningvfm.vfm.cba.OptimismBias;
import io.github.commissioningvfm.vfm.report.TextReport;
import io.github.commissioningvfm.vfm.uncertainty.Distribution;
import io.github.commissioningvfm.vfm.uncertainty.InputValues;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.uncertainty.PsaResult;
import io.github.commissioningvfm.vfm.uncertainty.PsaSettings;
import io.github.commissioningvfm.vfm.uncertainty.SensitivityTables;
import io.github.commissioningvfm.vfm.uncertainty.UncertainInput;
import io.github.commissioningvfm.vfm.uncertainty.UncertaintyAnalysis;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole path an analyst takes: a ten-year CBA of funding a VCSE crisis service against the
 * status quo, with Green Book discounting, optimism bias, perspectives, a tornado table and a PSA
 * with an acceptability curve. The figures are illustrative, not published values.
 */
class VcseAppraisalWalkthroughTest {

  static final FinancialYear BASE = FinancialYear.parse("2024/25");

  static Cost pounds(double amount) {
    return new Cost(BigMoney.of(amount), BASE);
  }

  static Appraisal appraisal(InputValues in) {
    int years = 10;
    SourcedCost ae = new SourcedCost(pounds(in.get("aeUnitCost")),
        Provenance.of("NHS National Cost Collection", "2023/24", "A&E attendance (illustrative)", ""));
    AppraisalOption fund = AppraisalOption.builder("fund VCSE crisis service")
        .cost(CostStream.constant("grant", Perspective.COMMISSIONER, pounds(in.get("grant")), years))
        .benefit(new BenefitStream("A&E attendances avoided", Perspective.NHS, true,
            BenefitValuation.avoidedUse(Collections.nCopies(years, in.decimal("aeAvoided")), ae),
            ImpactAdjustments.of("0.2", "0.1", "0", "0")))
        .benefit(BenefitStream.of("carers' time", Perspective.SOCIETY, false,
            BenefitValuation.direct(Collections.nCopies(years, pounds(20_000)), "illustrative carer-time value")))
        .build();
    AppraisalOption statusQuo = new AppraisalOption("status quo", List.of(), List.of(), List.of());
    return Appraisal.builder("VCSE crisis service").priceBase(BASE).horizon(BASE, years)
        .option(fund).counterfactual(statusQuo).assumption("Illustrative figures").build();
  }

  @Test
  void walkthrough() {
    CbaStrategy cba = CbaStrategy.greenBook().withOptimismBias(OptimismBias.ofPercent("10", "illustrative uplift"));
    UncertaintyAnalysis ua = UncertaintyAnalysis.builder(VcseAppraisalWalkthroughTest::appraisal)
        .input(UncertainInput.of("grant", 150_000, 120_000, 200_000, Distribution.Gamma.ofMeanSd(150_000, 15_000)))
        .input(UncertainInput.of("aeAvoided", 600, 300, 900, new Distribution.Pert(300, 600, 900)))
        .input(UncertainInput.of("aeUnitCost", 300, 250, 350, Distribution.LogNormal.ofMeanSd(300, 25)))
        .strategy(cba).build();
    CbaResult result = VfmEngine.builder().register(cba).build().evaluate(ua.baseCase(), "cba", CbaResult.class);
    SensitivityTables tornado = ua.oneWay("fund VCSE crisis service", CbaStrategy.NPSV);
    PsaResult psa = ua.psa(PsaSettings.builder().seed(20261123L).iterations(2_000).threads(2)
        .thresholds(List.of(0.5, 1.0, 1.5)).build());

    // base case by hand: benefits a year 600 x 300 x 0.8 x 0.9 + 20,000 = 149,600; costs 150,000 x 1.1 = 165,000;
    // net -15,400 a year, so the NPV is negative and equals -15,400 x sum of the ten Green Book factors
    double sumFactors = 0;
    for (int t = 0; t < 10; t++) {
      sumFactors += Math.pow(1.035, -t);
    }
    assertEquals(-15_400 * sumFactors, result.option("fund VCSE crisis service").npsv().amount().toDouble(), 1e-6);
    assertEquals("aeAvoided", tornado.tornado().get(0).input());
    assertTrue(((Figure.Share) psa.summary("fund VCSE crisis service", "npsv").probabilityAboveTarget()).value() < 0.5);
    String text = TextReport.render(result) + TextReport.render(tornado.tornadoTable()) + TextReport.render(psa);
    assertTrue(text.contains("Who pays and who saves"), text);
    assertTrue(text.contains("Acceptability curve and EVPI"), text);
  }
}
